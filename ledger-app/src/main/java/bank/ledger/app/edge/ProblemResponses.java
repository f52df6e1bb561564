package bank.ledger.app.edge;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.security.web.firewall.RequestRejectedHandler;

/**
 * Spring Security's refusals as problems (written by {@link Problems}): 401 (no or bad credentials), 403
 * (not permitted), 400 {@code malformedPath} (a path the firewall refuses: {@code ;jsessionid=}, {@code //},
 * encoded dots or slashes), which would otherwise leave through the container's error page. The detail
 * never says why a token failed beyond "invalid or expired", to give attackers nothing.
 */
public final class ProblemResponses implements AuthenticationEntryPoint, AccessDeniedHandler, RequestRejectedHandler {
    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException failure)
            throws IOException {
        EdgeRefusal unavailable = Causes.find(failure, EdgeRefusal.class);
        if (unavailable != null) { // the session store did not answer: not a bad token
            Problems.write(request, response, unavailable);
            return;
        }
        response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer");
        Problems.write(request, response, HttpStatus.UNAUTHORIZED, "unauthenticated", null,
                "a valid access token (Authorization: Bearer) or API key (X-Api-Key) is required; "
                        + "the one sent, if any, is invalid, expired or revoked");
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException denied)
            throws IOException {
        Problems.write(request, response, HttpStatus.FORBIDDEN, "forbidden", null,
                "your role does not permit this action");
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, RequestRejectedException rejected)
            throws IOException {
        Problems.write(request, response, HttpStatus.BAD_REQUEST, FrameworkCodes.MALFORMED_PATH, null,
                "the request path is not in normal form (path parameters such as ;jsessionid, empty segments, "
                        + "encoded dots, slashes or percent signs are refused)");
    }
}
