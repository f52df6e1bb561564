package bank.ledger.app.metrics;

import bank.ledger.app.edge.Problems;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Counts every problem the ledger answers by its stable code ({@code ledger.refusals{code}}): refusals of the
 * business rules, of the edge (rate limits: {@code tooManyRequests}) and of security. Outermost filter, so the
 * answers of the security chain and the rate limits are counted too; the code comes from Problems.body.
 */
class RefusalCounter extends OncePerRequestFilter {
    static final String METER = "ledger.refusals";
    private final MeterRegistry registry;

    RefusalCounter(MeterRegistry registry) {
        this.registry = registry;
    }

    static Counter counter(MeterRegistry registry, String code) {
        return Counter.builder(METER).description("problems answered, by stable code").tag("code", code)
                .register(registry);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try {
            chain.doFilter(request, response);
        } finally {
            if (request.getAttribute(Problems.CODE_ATTRIBUTE) instanceof String code) {
                counter(registry, code).increment();
            }
        }
    }
}
