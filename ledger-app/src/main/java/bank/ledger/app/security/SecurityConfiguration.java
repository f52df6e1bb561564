package bank.ledger.app.security;

import bank.ledger.app.edge.EdgePaths;
import bank.ledger.app.edge.ProblemResponses;
import bank.ledger.app.edge.ratelimit.RateLimitFilter;
import bank.ledger.app.edge.ratelimit.RateLimitProperties;
import bank.ledger.app.edge.ratelimit.RateLimits;
import bank.ledger.app.security.access.ActorAttributesFilter;
import bank.ledger.app.security.access.Actors;
import bank.ledger.app.security.access.EndpointAccess;
import bank.ledger.app.security.access.Role;
import bank.ledger.app.security.access.ServedEndpoints;
import bank.ledger.app.security.apikey.ApiKeyFilter;
import bank.ledger.app.security.apikey.ApiKeyStore;
import bank.ledger.app.security.token.AccessTokens;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.boot.context.properties.bind.Binder;
import bank.ledger.projections.readmodel.RedisReadModelProperties;
import org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.security.oauth2.server.resource.web.authentication.BearerTokenAuthenticationFilter;
import org.springframework.security.web.DefaultSecurityFilterChain;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.CorsConfigurationSource;
import org.springframework.web.cors.UrlBasedCorsConfigurationSource;
import org.springframework.web.filter.CorsFilter;
import org.springframework.web.servlet.mvc.method.RequestMappingInfoHandlerMapping;

/**
 * The API edge's filter chain: stateless bearer tokens or API keys, every request decided by the one
 * {@link EndpointAccess} table, problems for 401/403/429, explicit CORS and security headers. CSRF
 * protection is off on purpose: no cookie or session ever authenticates a request, so a forged
 * cross-site request carries no credentials (docs/security.md).
 */
@Configuration
@EnableConfigurationProperties({LedgerSecurityProperties.class, RateLimitProperties.class})
class SecurityConfiguration {
    @Bean
    SecurityFilterChain ledgerSecurity(HttpSecurity http, JwtDecoder tokens, ApiKeyStore apiKeys,
                                       RateLimits rateLimits, RateLimitProperties rateLimitProperties,
                                       ObjectProvider<RequestMappingInfoHandlerMapping> mappings)
            throws Exception {
        ProblemResponses problems = new ProblemResponses();
        http.csrf(csrf -> csrf.disable())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .httpBasic(basic -> basic.disable())
                .formLogin(form -> form.disable())
                .logout(logout -> logout.disable())
                .cors(cors -> { })
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives("default-src 'self'; img-src 'self' data:; "
                                + "style-src 'self' 'unsafe-inline'; frame-ancestors 'none'; form-action 'self'"))
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.NO_REFERRER))
                        .frameOptions(frame -> frame.deny()))
                .authorizeHttpRequests(requests -> requests.anyRequest().access(byEndpointTable(
                        new ServedEndpoints(() -> mappings.orderedStream().toList()))))
                .oauth2ResourceServer(server -> server
                        .bearerTokenResolver(ApiKeyFilter.jwtOnly())
                        .jwt(jwt -> jwt.decoder(tokens).jwtAuthenticationConverter(SecurityConfiguration::actor))
                        .authenticationEntryPoint(problems).accessDeniedHandler(problems))
                .exceptionHandling(errors -> errors.authenticationEntryPoint(problems).accessDeniedHandler(problems))
                .addFilterBefore(new ApiKeyFilter(apiKeys, problems), BearerTokenAuthenticationFilter.class)
                .addFilterAfter(new ActorAttributesFilter(), BearerTokenAuthenticationFilter.class)
                .addFilterBefore(new RateLimitFilter(rateLimits, rateLimitProperties), AuthorizationFilter.class);
        DefaultSecurityFilterChain chain = http.build();
        chain.getFilters().stream().filter(CorsFilter.class::isInstance)
                .forEach(cors -> ((CorsFilter) cors).setCorsProcessor(new ProblemCorsProcessor()));
        return chain;
    }

    @Bean
    RateLimits rateLimits(LettuceConnectionFactory redis, RateLimitProperties properties, Environment environment) {
        // The read models' Redis setting, bound here too (its record holds the one default) because the
        // edge runs on every role, the projections' configuration only on some.
        RedisReadModelProperties redisSettings = Binder.get(environment)
                .bindOrCreate("ledger.redis", RedisReadModelProperties.class);
        return new RateLimits(redis, properties.redisPrefix(), redisSettings.skipAfterFailureMs());
    }

    /** Browsers may call the API only from the configured origins (none by default). */
    @Bean
    CorsConfigurationSource corsConfigurationSource(LedgerSecurityProperties properties) {
        CorsConfiguration cors = new CorsConfiguration();
        cors.setAllowedOrigins(properties.corsAllowedOrigins());
        cors.setAllowedMethods(List.of("GET", "POST", "DELETE"));
        cors.setAllowedHeaders(List.of("Authorization", "Content-Type", "X-Api-Key", "X-Correlation-Id"));
        cors.setExposedHeaders(List.of("Retry-After", "X-Correlation-Id", "Location"));
        cors.setAllowCredentials(false);
        cors.setMaxAge(3600L);
        UrlBasedCorsConfigurationSource source = new UrlBasedCorsConfigurationSource();
        source.registerCorsConfiguration("/api/**", cors);
        return source;
    }

    /** A path Spring Security's firewall refuses answers 400 malformedPath, not the container's error page. */
    @Bean
    RequestRejectedHandler requestRejectedAsProblem() {
        ProblemResponses problems = new ProblemResponses();
        return (request, response, rejected) -> problems.handle(request, response, rejected);
    }

    /**
     * The table decides; a request no handler serves at all (an unknown path, a wrong method) passes for
     * any authenticated caller, so that Spring MVC answers what is true, 404 or 405 with Allow.
     */
    private static AuthorizationManager<RequestAuthorizationContext> byEndpointTable(ServedEndpoints served) {
        return (authentication, context) -> {
            var request = context.getRequest();
            String path = EdgePaths.pathOf(request);
            Role role = Actors.roleOf(authentication.get());
            boolean allowed = EndpointAccess.allows(role, request.getMethod(), path) || role != null
                    && EndpointAccess.ruleFor(request.getMethod(), path).isEmpty()
                    && !served.serves(request.getMethod(), path);
            return new AuthorizationDecision(allowed);
        };
    }

    private static JwtAuthenticationToken actor(Jwt jwt) {
        Role role = Role.parse(jwt.getClaimAsString(AccessTokens.ROLE));
        return new JwtAuthenticationToken(jwt, role == null ? List.of() : Actors.authorities(role), jwt.getSubject());
    }
}
