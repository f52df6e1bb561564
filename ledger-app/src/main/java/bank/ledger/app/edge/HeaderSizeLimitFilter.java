package bank.ledger.app.edge;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Enumeration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A request head larger than {@link BodyLimits#maxHeaderSize()} answers {@code 431 headerTooLarge} as the one
 * problem shape. Tomcat refuses a head over its own limit in its HTTP parser, before any filter or valve, with an
 * empty 400; its limit is set well above this one so that a client sees that only for a head beyond reason.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
public class HeaderSizeLimitFilter extends OncePerRequestFilter {
    private final BodyLimits limits;

    public HeaderSizeLimitFilter(BodyLimits limits) {
        this.limits = limits;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        long bytesMax = limits.maxHeaderSize().toBytes();
        if (headBytes(request, bytesMax) > bytesMax) {
            Problems.write(request, response, HttpStatus.REQUEST_HEADER_FIELDS_TOO_LARGE, FrameworkCodes.HEADER_TOO_LARGE,
                    null, "the request's headers have more than " + bytesMax + " bytes together");
            return;
        }
        chain.doFilter(request, response);
    }

    /** The request line and header lines as sent ("Name: value\r\n"), counted until past the limit. */
    private static long headBytes(HttpServletRequest request, long stopAbove) {
        String query = request.getQueryString();
        long bytes = request.getMethod().length() + request.getRequestURI().length()
                + (query == null ? 0 : query.length() + 1) + 11;
        Enumeration<String> names = request.getHeaderNames();
        while (names.hasMoreElements() && bytes <= stopAbove) {
            String name = names.nextElement();
            Enumeration<String> values = request.getHeaders(name);
            while (values.hasMoreElements()) {
                bytes += name.length() + 2 + values.nextElement().length() + 2;
            }
        }
        return bytes;
    }
}
