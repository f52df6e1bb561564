package bank.ledger.app.web;

import bank.ledger.command.dispatch.CommandOrigin;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.slf4j.MDC;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Gives every request a correlation id (the client's {@code X-Correlation-Id} when well formed, else
 * a new one), echoes it in the response, puts it in the log context and, through the command's
 * metadata, into every event the request causes.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
public class CorrelationIdFilter extends OncePerRequestFilter {
    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String correlationId = CommandOrigin.correlationId(request);
        request.setAttribute(CommandOrigin.CORRELATION_ID, correlationId);
        response.setHeader(CommandOrigin.CORRELATION_HEADER, correlationId);
        MDC.put(CommandOrigin.CORRELATION_ID, correlationId);
        try {
            chain.doFilter(request, response);
        } finally {
            MDC.remove(CommandOrigin.CORRELATION_ID);
        }
    }
}
