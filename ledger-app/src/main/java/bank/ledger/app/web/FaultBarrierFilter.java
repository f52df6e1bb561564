package bank.ledger.app.web;

import bank.ledger.app.edge.Causes;
import bank.ledger.app.edge.EdgeRefusal;
import bank.ledger.app.edge.Problems;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Faults raised in a servlet filter, where the MVC handlers cannot reach: the bearer token filter asks
 * Redis whether the session lives, the rate limit filter asks it for a token. Without this barrier such
 * a failure leaves the filter chain and the container answers 500; here it becomes the same 503 problem
 * with Retry-After that a controller's fault gets. Anything else passes on unchanged.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 2)
public class FaultBarrierFilter extends OncePerRequestFilter {
    private static final Logger log = LoggerFactory.getLogger(FaultBarrierFilter.class);

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try {
            chain.doFilter(request, response);
        } catch (IOException | ServletException | RuntimeException failure) {
            if (response.isCommitted() || !answered(failure, request, response)) {
                throw failure;
            }
        }
    }

    private static boolean answered(Exception failure, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        EdgeRefusal refusal = Causes.find(failure, EdgeRefusal.class);
        if (refusal == null) {
            Optional<Faults.Fault> fault = Faults.classify(failure);
            if (fault.isEmpty()) {
                return false;
            }
            refusal = EdgeRefusal.unavailable(fault.get().code(), fault.get().detail(), Faults.RETRY_AFTER);
        }
        log.warn("{} on {} {}: {}", refusal.code(), request.getMethod(), request.getRequestURI(), failure.toString());
        response.reset(); // the problem carries the correlation id again
        Problems.write(request, response, refusal);
        return true;
    }
}
