package bank.ledger.app.console.signin;

import bank.ledger.app.security.access.ActorAttributesFilter;
import bank.ledger.app.security.access.Actors;
import bank.ledger.app.security.access.Role;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * What {@link ActorAttributesFilter} does for the API, for the console: the signed-in person's role and
 * the channel {@value #CHANNEL} go into the metadata of every event a console form causes, so the audit
 * history tells console work from API calls.
 */
final class ConsoleActorFilter extends OncePerRequestFilter {
    static final String CHANNEL = "console";

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Role role = Actors.roleOf(SecurityContextHolder.getContext().getAuthentication());
        if (role != null) {
            request.setAttribute(ActorAttributesFilter.ROLE_ATTRIBUTE, role.label());
            request.setAttribute(ActorAttributesFilter.CHANNEL_ATTRIBUTE, CHANNEL);
        }
        chain.doFilter(request, response);
    }
}
