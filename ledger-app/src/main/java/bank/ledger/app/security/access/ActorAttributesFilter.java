package bank.ledger.app.security.access;

import bank.ledger.app.security.token.AccessTokens;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Hands the authenticated actor's role and channel to the command side, which copies them (with the
 * principal's name and the correlation id) into the metadata of every event the request causes.
 */
public class ActorAttributesFilter extends OncePerRequestFilter {
    public static final String ROLE_ATTRIBUTE = "actorRole";
    public static final String CHANNEL_ATTRIBUTE = "actorChannel";
    public static final String API_KEY_CHANNEL = "api-key";

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication actor = SecurityContextHolder.getContext().getAuthentication();
        Role role = Actors.roleOf(actor);
        if (role != null) {
            request.setAttribute(ROLE_ATTRIBUTE, role.label());
            request.setAttribute(CHANNEL_ATTRIBUTE, actor instanceof JwtAuthenticationToken jwt
                    ? jwt.getToken().getClaimAsString(AccessTokens.CHANNEL) : API_KEY_CHANNEL);
        }
        chain.doFilter(request, response);
    }
}
