package bank.ledger.app.edge;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses a request body larger than {@code ledger.edge.max-body-size} (413) before anyone reads it, and
 * before authentication, so an anonymous client cannot make the ledger buffer megabytes. Uploads
 * (multipart) have their own limits ({@code spring.servlet.multipart.*}). A chunked body, whose length is
 * not declared, is cut off when it passes the limit: reading it fails and the request is refused (400).
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
public class BodySizeLimitFilter extends OncePerRequestFilter {
    private final long maxBytes;

    public BodySizeLimitFilter(@Value("${ledger.edge.max-body-size:1MB}") DataSize maxBodySize) {
        this.maxBytes = maxBodySize.toBytes();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String contentType = request.getContentType();
        boolean multipart = contentType != null && contentType.toLowerCase().startsWith("multipart/");
        if (multipart) {
            chain.doFilter(request, response);
        } else if (request.getContentLengthLong() > maxBytes) {
            ProblemResponses.write(response, HttpStatus.CONTENT_TOO_LARGE, "payloadTooLarge",
                    "the body exceeds " + maxBytes + " bytes");
        } else {
            chain.doFilter(new LimitedBodyRequest(request, maxBytes), response);
        }
    }
}
