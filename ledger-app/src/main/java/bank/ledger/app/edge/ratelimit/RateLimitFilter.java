package bank.ledger.app.edge.ratelimit;

import bank.ledger.app.edge.EdgePaths;
import bank.ledger.app.edge.EdgeRefusal;
import bank.ledger.app.edge.Problems;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Limits every API request per client (the authenticated principal, else the address) and endpoint
 * class: authentication endpoints per address, reads and writes per principal. Answers 429 with
 * Retry-After. When Redis cannot be asked, reads pass (a read changes nothing and the read model has its
 * own fallbacks) but writes and the authentication endpoints fail closed with 503 {@code rateLimitUnavailable}
 * and Retry-After: an unmetered write path is what an attacker would wait for (docs/security.md). No
 * per-node in-memory bucket instead: N nodes would multiply every client's allowance by N.
 */
public class RateLimitFilter extends OncePerRequestFilter {
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
        Bucket bucket = bucketOf(request);
        try {
            bucket.consume(limits).ifPresent(quota -> tell(response, quota));
        } catch (EdgeRefusal refused) {
            if (refused.status() == HttpStatus.TOO_MANY_REQUESTS) {
                tell(response, Quota.exhausted(Quota.policyOf(bucket.key()), bucket.limit(), refused.retryAfter()));
            }
            Problems.write(request, response, refused);
            return;
        }
        chain.doFilter(request, response);
    }

    /** The RateLimit header fields, on every answer of a limited request (429 too, beside Retry-After). */
    private static void tell(HttpServletResponse response, Quota quota) {
        response.setHeader(Quota.POLICY_HEADER, quota.policyHeader());
        response.setHeader(Quota.STATE_HEADER, quota.stateHeader());
    }

    /** One bucket per client and endpoint class; reads fail open when Redis cannot be asked. */
    record Bucket(String key, RateLimitProperties.Limit limit, boolean failOpen) {
        Optional<Quota> consume(RateLimits limits) {
            return failOpen ? limits.consumeOrPass(key, limit) : Optional.of(limits.consume(key, limit));
        }
    }

    private static boolean isRead(HttpServletRequest request) {
        return "GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod());
    }

    private Bucket bucketOf(HttpServletRequest request) {
        if (EdgePaths.pathOf(request).startsWith("/api/v1/auth/")) {
            return new Bucket("auth:" + request.getRemoteAddr(), properties.auth(), false);
        }
        Authentication actor = SecurityContextHolder.getContext().getAuthentication();
        String client = actor != null && actor.isAuthenticated() && !"anonymousUser".equals(actor.getName())
                ? "user:" + actor.getName() : "ip:" + request.getRemoteAddr();
        return isRead(request) ? new Bucket("read:" + client, properties.read(), true)
                : new Bucket("write:" + client, properties.write(), false);
    }
}
