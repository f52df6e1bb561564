package bank.ledger.app.console.signin;

import bank.ledger.app.edge.ratelimit.RateLimitProperties;
import bank.ledger.app.edge.ratelimit.RateLimits;
import bank.ledger.app.security.access.Permission;
import bank.ledger.app.security.user.Passwords;
import bank.ledger.app.security.user.UserStore;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.boot.web.server.servlet.ConfigurableServletWebServerFactory;
import org.springframework.boot.web.server.servlet.CookieSameSiteSupplier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;

/**
 * The console's own filter chain, ahead of the API's: a person signs in with a form, a session cookie
 * (HttpOnly, SameSite=Lax, Secure when the request came over TLS) carries the sign-in, and every form
 * carries a CSRF token. It matches only the console's paths, so the API's chain (bearer tokens, API keys,
 * stateless, no CSRF because no cookie authenticates) stays exactly as it was: the console's cookie never
 * reaches a chain that would read it. Each write route asks for the same permission the API asks for.
 */
@Configuration
public class ConsoleSecurityConfiguration {
    public static final String SESSION_COOKIE = "LEDGER_CONSOLE";

    @Bean
    @Order(Ordered.HIGHEST_PRECEDENCE + 10)
    SecurityFilterChain consoleSecurity(HttpSecurity http, UserStore users, Passwords passwords, RateLimits limits,
                                        RateLimitProperties limitProperties) throws Exception {
        http.securityMatcher("/", "/console", "/console/**", "/webjars/**")
                .authenticationProvider(new ConsoleSignIn(users, passwords, limits, limitProperties))
                .sessionManagement(session -> session
                        .sessionCreationPolicy(SessionCreationPolicy.IF_REQUIRED)
                        .sessionFixation(fixation -> fixation.changeSessionId()))
                .formLogin(form -> form.loginPage("/console/login").loginProcessingUrl("/console/login")
                        .defaultSuccessUrl("/console", false).failureUrl("/console/login?error").permitAll())
                .logout(logout -> logout.logoutUrl("/console/logout").logoutSuccessUrl("/console/login?signedOut")
                        .deleteCookies(SESSION_COOKIE).invalidateHttpSession(true))
                .httpBasic(basic -> basic.disable())
                .exceptionHandling(errors -> errors.accessDeniedPage("/console/denied"))
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives("default-src 'self'; img-src 'self' data:; "
                                + "style-src 'self' 'unsafe-inline'; frame-ancestors 'none'; form-action 'self'"))
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN))
                        .frameOptions(frame -> frame.deny()))
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers("/", "/console/assets/**", "/webjars/**", "/console/login", "/console/denied").permitAll()
                        .requestMatchers(HttpMethod.POST, "/console/accounts").hasAuthority(perm(Permission.OPEN_ACCOUNTS))
                        .requestMatchers(HttpMethod.POST, "/console/entries/*/reverse").hasAuthority(perm(Permission.REVERSE))
                        .requestMatchers(HttpMethod.POST, "/console/entries", "/console/entries/**")
                                .hasAuthority(perm(Permission.POST_ENTRIES))
                        .requestMatchers(HttpMethod.POST, "/console/reconciliation/statements/*/match",
                                "/console/reconciliation/statements/*/unmatch")
                                .hasAuthority(perm(Permission.POST_ENTRIES))
                        .requestMatchers(HttpMethod.POST, "/console/reconciliation/statements/*/lines/*/match",
                                "/console/reconciliation/statements/*/lines/*/unmatch")
                                .hasAuthority(perm(Permission.POST_ENTRIES))
                        .requestMatchers(HttpMethod.POST, "/console/reconciliation/statements")
                                .hasAuthority(perm(Permission.DELIVER_STATEMENTS))
                        .requestMatchers("/console/reconciliation/upload").hasAuthority(perm(Permission.DELIVER_STATEMENTS))
                        // banking operations (issue 18): each as its API route (EndpointAccess)
                        .requestMatchers(HttpMethod.POST, "/console/periods/**").hasAuthority(perm(Permission.CLOSE_PERIODS))
                        .requestMatchers(HttpMethod.POST, "/console/fx-rates/**").hasAuthority(perm(Permission.POST_ENTRIES))
                        .requestMatchers(HttpMethod.POST, "/console/payments").hasAuthority(perm(Permission.POST_ENTRIES))
                        .requestMatchers("/console/payments/new").hasAuthority(perm(Permission.POST_ENTRIES))
                        .requestMatchers(HttpMethod.POST, "/console/reconciliation/suspense-runs",
                                "/console/reconciliation/claim-sweeps").hasAuthority(perm(Permission.POST_ENTRIES))
                        .requestMatchers("/console/reconciliation/sweeps").hasAuthority(perm(Permission.POST_ENTRIES))
                        .requestMatchers(HttpMethod.POST, "/console/reconciliation/mappings")
                                .hasAuthority(perm(Permission.OPEN_ACCOUNTS))
                        .requestMatchers(HttpMethod.POST, "/console/operations/projections/**")
                                .hasAuthority(perm(Permission.REPLAY))
                        .requestMatchers("/console/operations/projections", "/console/operations/projections/**")
                                .hasAuthority(perm(Permission.REPLAY))
                        .requestMatchers("/console/operations/stream", "/console/operations/stream/**")
                                .hasAuthority(perm(Permission.SUBSCRIBE_STREAM))
                        .requestMatchers("/console/operations/approvals", "/console/operations/approvals/**")
                                .hasAuthority(perm(Permission.APPROVE_REQUESTS))
                        .requestMatchers(HttpMethod.POST, "/console/**").denyAll()
                        .anyRequest().hasAuthority(perm(Permission.READ_REPORTS)))
                .addFilterBefore(new ConsoleActorFilter(), AuthorizationFilter.class);
        return http.build();
    }

    /** The session cookie has its own name and is HttpOnly; Tomcat adds Secure when the request came over TLS. */
    @Bean
    WebServerFactoryCustomizer<ConfigurableServletWebServerFactory> consoleSessionCookie() {
        return factory -> {
            factory.getSettings().getSession().getCookie().setName(SESSION_COOKIE);
            factory.getSettings().getSession().getCookie().setHttpOnly(true);
        };
    }

    @Bean
    CookieSameSiteSupplier consoleCookieSameSite() {
        return CookieSameSiteSupplier.ofLax().whenHasName(SESSION_COOKIE);
    }

    private static String perm(Permission permission) {
        return permission.authority();
    }
}
