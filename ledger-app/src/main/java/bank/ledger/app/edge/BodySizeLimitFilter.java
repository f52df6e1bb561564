package bank.ledger.app.edge;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The first reader of every body, before authentication and before any filter that might look at it
 * (so an anonymous client cannot make the ledger hold megabytes). A declared length above the limit is
 * refused at once (413 {@code bodyTooLarge}); every other body is counted while it streams and fails
 * with 413 the moment it crosses the limit. Statement files have their own limit ({@link BodyLimits}).
 * Only the statement upload takes multipart (its controller streams the file part out of the counted
 * body); anywhere else a multipart body is refused unread (415). Tomcat's own multipart parsing is off:
 * it would spool the parts to disk before any controller could say no. A statement file's body stays
 * raw whatever its content type: its request parameters come from the query string only, so a form
 * content type (curl's default for {@code --data-binary}) never makes Tomcat read the file as form fields.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
public class BodySizeLimitFilter extends OncePerRequestFilter {
    private final BodyLimits limits;

    public BodySizeLimitFilter(BodyLimits limits) {
        this.limits = limits;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        // the decoded path the dispatcher routes on: an encoded letter cannot choose the larger limit
        String path = EdgePaths.pathOf(request);
        long bytesMax = limits.bytesMaxFor(path);
        if (request.getContentLengthLong() > bytesMax) {
            refuseTooLarge(request, response, bytesMax);
            return;
        }
        String contentType = request.getContentType();
        if (contentType != null && contentType.toLowerCase(Locale.ROOT).startsWith("multipart/")
                && !limits.takesMultipart(path)) {
            Problems.write(request, response, HttpStatus.UNSUPPORTED_MEDIA_TYPE, "unsupportedMediaType", null,
                    "only the statement upload takes a multipart body; send the JSON or the file itself");
            endConnection(response);
            return;
        }
        LimitedBodyRequest limited = new LimitedBodyRequest(request, bytesMax, limits.isStatementPath(path));
        try {
            chain.doFilter(limited, response);
            if (limited.exceeded() && !response.isCommitted()) {
                endConnection(response); // the 413 an MVC handler wrote must reach the client before Tomcat gives up
            }
        } catch (IOException | ServletException | RuntimeException failure) {
            // a filter (not MVC, which answers itself) read past the limit: still a 413, never a 500
            if (BodyTooLargeException.in(failure) == null || response.isCommitted()) {
                throw failure;
            }
            response.reset(); // the problem carries the correlation id again
            refuseTooLarge(request, response, bytesMax);
        }
    }

    private static void refuseTooLarge(HttpServletRequest request, HttpServletResponse response, long bytesMax)
            throws IOException {
        Problems.write(request, response, HttpStatus.CONTENT_TOO_LARGE, "bodyTooLarge", null,
                "the request body exceeds " + bytesMax + " bytes");
        endConnection(response);
    }

    /**
     * Sends the refusal now and closes the connection after it: the unread rest of the body is not wanted,
     * and Tomcat, which would swallow at most server.tomcat.max-swallow-size of it, drops a connection with
     * more left unsent, taking an unflushed answer with it.
     */
    private static void endConnection(HttpServletResponse response) throws IOException {
        response.setHeader("Connection", "close");
        response.flushBuffer();
    }
}
