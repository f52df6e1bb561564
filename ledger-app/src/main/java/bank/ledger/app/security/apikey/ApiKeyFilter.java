package bank.ledger.app.security.apikey;

import bank.ledger.app.security.access.Actors;
import bank.ledger.app.security.user.UserAccount;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.server.resource.web.BearerTokenResolver;
import org.springframework.security.oauth2.server.resource.web.DefaultBearerTokenResolver;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Authenticates machines by {@code X-Api-Key}, or by {@code Authorization: Bearer lk_…} for clients that
 * can only send a bearer credential (Prometheus). A request that sends a key is judged by it alone: an
 * invalid or revoked key is 401 at once, whatever else the request carries.
 */
public class ApiKeyFilter extends OncePerRequestFilter {
    public static final String HEADER = "X-Api-Key";
    /** Every API key starts so; no JWT does (a JWT starts with its base64url header, "eyJ"). */
    public static final String KEY_PREFIX = "lk_";
    private static final String BEARER = "Bearer ";
    private final ApiKeyStore keys;
    private final AuthenticationEntryPoint refusal;

    public ApiKeyFilter(ApiKeyStore keys, AuthenticationEntryPoint refusal) {
        this.keys = keys;
        this.refusal = refusal;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String apiKey = apiKey(request);
        if (apiKey == null) {
            chain.doFilter(request, response);
            return;
        }
        Optional<UserAccount> account = keys.authenticate(apiKey);
        if (account.isEmpty()) {
            refusal.commence(request, response, new BadCredentialsException("invalid API key"));
            return;
        }
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(account.get().username(), null,
                Actors.authorities(account.get().role())));
        SecurityContextHolder.setContext(context);
        chain.doFilter(request, response);
    }

    private static String apiKey(HttpServletRequest request) {
        String key = request.getHeader(HEADER);
        if (key != null) {
            return key;
        }
        String authorization = request.getHeader(HttpHeaders.AUTHORIZATION);
        return authorization != null && authorization.startsWith(BEARER + KEY_PREFIX)
                ? authorization.substring(BEARER.length()) : null;
    }

    /** The bearer tokens the JWT decoder is to read: all but API keys, which this filter has judged. */
    public static BearerTokenResolver jwtOnly() {
        DefaultBearerTokenResolver bearer = new DefaultBearerTokenResolver();
        return request -> {
            String token = bearer.resolve(request);
            return token == null || token.startsWith(KEY_PREFIX) ? null : token;
        };
    }
}
