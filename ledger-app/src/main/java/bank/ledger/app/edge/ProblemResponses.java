package bank.ledger.app.edge;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes problems from servlet filters, where the MVC exception handlers cannot reach: 401 (no or bad
 * credentials), 403 (not permitted), 429 (rate limit). Same shape as every other error of the API;
 * the detail never says why a token failed beyond "invalid or expired", to give attackers nothing.
 */
public final class ProblemResponses implements AuthenticationEntryPoint, AccessDeniedHandler {
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String TYPE_PREFIX = "https://ledger.bank/problems/";

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException failure)
            throws IOException {
        EdgeRefusal unavailable = Causes.find(failure, EdgeRefusal.class);
        if (unavailable != null) { // the session store did not answer: not a bad token
            write(response, unavailable);
            return;
        }
        response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer");
        write(response, HttpStatus.UNAUTHORIZED, "unauthenticated",
                "a valid access token (Authorization: Bearer) or API key (X-Api-Key) is required; "
                        + "the one sent, if any, is invalid, expired or revoked");
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException denied)
            throws IOException {
        write(response, HttpStatus.FORBIDDEN, "forbidden", "your role does not permit this action");
    }

    public static void write(HttpServletResponse response, EdgeRefusal refusal) throws IOException {
        if (refusal.retryAfter() != null) {
            response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(EdgeRefusal.retrySeconds(refusal.retryAfter())));
        }
        write(response, refusal.status(), refusal.code(), refusal.field(), refusal.getMessage());
    }

    static void write(HttpServletResponse response, HttpStatus status, String code, String detail) throws IOException {
        write(response, status, code, null, detail);
    }

    private static void write(HttpServletResponse response, HttpStatus status, String code, String field,
                              String detail) throws IOException {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", TYPE_PREFIX + code);
        body.put("title", status.getReasonPhrase());
        body.put("status", status.value());
        body.put("detail", detail);
        body.put("code", code);
        if (field != null) {
            body.put("field", field);
        }
        byte[] json = JSON.writeValueAsBytes(body);
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        // a declared length: a refusal sent before the request's body is read is complete for the client at once
        response.setContentLength(json.length);
        response.getOutputStream().write(json);
    }
}
