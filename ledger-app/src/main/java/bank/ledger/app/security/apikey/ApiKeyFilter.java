package bank.ledger.app.security.apikey;

import bank.ledger.app.security.access.Actors;
import bank.ledger.app.security.user.UserAccount;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Authenticates machines by {@code X-Api-Key}. A request that sends a key is judged by it alone: an
 * invalid or revoked key is 401 at once, whatever else the request carries.
 */
public class ApiKeyFilter extends OncePerRequestFilter {
    public static final String HEADER = "X-Api-Key";
    private final ApiKeyStore keys;
    private final AuthenticationEntryPoint refusal;

    public ApiKeyFilter(ApiKeyStore keys, AuthenticationEntryPoint refusal) {
        this.keys = keys;
        this.refusal = refusal;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String apiKey = request.getHeader(HEADER);
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
}
