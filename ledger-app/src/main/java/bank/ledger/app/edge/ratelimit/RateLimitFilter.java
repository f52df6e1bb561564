package bank.ledger.app.edge.ratelimit;

import bank.ledger.app.edge.EdgePaths;
import bank.ledger.app.edge.EdgeRefusal;
import bank.ledger.app.edge.ProblemResponses;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Limits every API request per client (the authenticated principal, else the address) and endpoint
 * class: authentication endpoints per address, reads and writes per principal. Answers 429 with
 * Retry-After. When Redis cannot be asked, requests pass (logged): a rate limit protects capacity and
 * must not take the ledger down with it; the login limit, in the token endpoint, fails closed.
 */
public class RateLimitFilter extends OncePerRequestFilter {
    private static final Logger log = LoggerFactory.getLogger(RateLimitFilter.class);
    private final RateLimits limits;
    private final RateLimitProperties properties;

    public RateLimitFilter(RateLimits limits, RateLimitProperties properties) {
        this.limits = limits;
        this.properties = properties;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !properties.enabled() || !EdgePaths.pathOf(request).startsWith("/api/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try {
            consume(request);
        } catch (EdgeRefusal refused) {
            ProblemResponses.write(response, refused);
            return;
        } catch (RuntimeException unavailable) {
            log.warn("rate limit not applied, Redis did not answer: {}", unavailable.toString());
        }
        chain.doFilter(request, response);
    }

    private void consume(HttpServletRequest request) {
        if (EdgePaths.pathOf(request).startsWith("/api/v1/auth/")) {
            limits.consume("auth:" + request.getRemoteAddr(), properties.auth());
            return;
        }
        Authentication actor = SecurityContextHolder.getContext().getAuthentication();
        String client = actor != null && actor.isAuthenticated() && !"anonymousUser".equals(actor.getName())
                ? "user:" + actor.getName() : "ip:" + request.getRemoteAddr();
        boolean read = "GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod());
        limits.consume((read ? "read:" : "write:") + client, read ? properties.read() : properties.write());
    }
}
