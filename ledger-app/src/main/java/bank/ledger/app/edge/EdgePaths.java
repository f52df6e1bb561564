package bank.ledger.app.edge;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.web.util.UrlPathHelper;

/**
 * The one way the edge reads a request's path: decoded ({@code %2D} → {@code -}), without path
 * parameters ({@code ;jsessionid=…}), doubled slashes collapsed, relative to the context path — what
 * Spring MVC routes on. Every filter that decides by path (authorization table, rate-limit classes)
 * uses it, so no spelling of a path is classified differently from where it is routed.
 */
public final class EdgePaths {
    private EdgePaths() {
    }

    public static String pathOf(HttpServletRequest request) {
        return UrlPathHelper.defaultInstance.getPathWithinApplication(request);
    }
}
