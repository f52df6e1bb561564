package bank.ledger.app.web;

import bank.ledger.app.edge.EdgePaths;
import bank.ledger.app.edge.EdgeRefusal;
import bank.ledger.app.edge.Problems;
import bank.ledger.command.dispatch.CommandOrigin;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.slf4j.MDC;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Gives every request a correlation id (the client's {@code X-Correlation-Id}, else a new one), echoes
 * it in the response, puts it in the log context and, through the command's metadata, into every event
 * the request causes. On the API a header that is sent but malformed is {@code 400 invalidHeader} naming
 * it (answered under a new id): the id would otherwise be silently replaced and the client could not
 * find its request in the audit trail.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
public class CorrelationIdFilter extends OncePerRequestFilter {
    static final String INVALID_HEADER = "invalidHeader";

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String correlationId = CommandOrigin.correlationId(request);
        request.setAttribute(CommandOrigin.CORRELATION_ID, correlationId);
        response.setHeader(CommandOrigin.CORRELATION_HEADER, correlationId);
        MDC.put(CommandOrigin.CORRELATION_ID, correlationId);
        try {
            String sent = request.getHeader(CommandOrigin.CORRELATION_HEADER);
            if (sent != null && !sent.equals(correlationId) && EdgePaths.pathOf(request).startsWith("/api/")) {
                Problems.write(request, response, EdgeRefusal.of(HttpStatus.BAD_REQUEST, INVALID_HEADER,
                        CommandOrigin.CORRELATION_HEADER, CommandOrigin.CORRELATION_HEADER
                                + " has 1 to 128 letters, digits and . _ : -"));
                return;
            }
            chain.doFilter(request, response);
        } finally {
            MDC.remove(CommandOrigin.CORRELATION_ID);
        }
    }
}
