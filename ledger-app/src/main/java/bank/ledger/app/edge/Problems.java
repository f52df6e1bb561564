package bank.ledger.app.edge;

import bank.ledger.command.dispatch.CommandOrigin;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import tools.jackson.databind.json.JsonMapper;

/**
 * The one writer of the API's errors, RFC 9457 problems with the ledger's extensions: {@code code}, a
 * stable machine-readable reason; {@code field}, the JSON path or parameter at fault (absent when none
 * is); {@code correlationId}, the id the response's {@code X-Correlation-Id} carries. The MVC advice
 * answers {@link #entity}, the servlet filters, the security handlers, the error page and Tomcat's
 * error report valve {@link #write}; both build the same body here, so no path can drift from the shape.
 * Always UTF-8, said explicitly: the container would otherwise name its default, ISO-8859-1.
 */
public final class Problems {
    public static final String TYPE_PREFIX = "https://ledger.bank/problems/";
    /** Request attribute holding the code of the problem answered (counted by metrics.RefusalCounter). */
    public static final String CODE_ATTRIBUTE = Problems.class.getName() + ".code";
    public static final MediaType PROBLEM_JSON = new MediaType("application", "problem+json", StandardCharsets.UTF_8);
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private Problems() {
    }

    /** The problem's members, in the order RFC 9457 lists them, then the ledger's. */
    public static Map<String, Object> body(HttpServletRequest request, HttpStatusCode status, String code,
                                           String field, String detail) {
        request.setAttribute(CODE_ATTRIBUTE, code);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", TYPE_PREFIX + code);
        body.put("title", title(status));
        body.put("status", status.value());
        body.put("detail", detail);
        body.put("instance", instance(request));
        body.put("code", code);
        if (field != null) {
            body.put("field", field);
        }
        body.put("correlationId", correlationId(request));
        return body;
    }

    /** For Spring MVC's exception handlers; {@code headers} (Allow, Retry-After, ...) are kept. */
    public static ResponseEntity<Object> entity(HttpServletRequest request, HttpStatusCode status, String code,
                                                String field, String detail, HttpHeaders headers) {
        return entity(request, status, code, field, detail, headers, Map.of());
    }

    /** As above, with members of the refusal's own after the common ones (e.g. {@code allowed} enum names). */
    public static ResponseEntity<Object> entity(HttpServletRequest request, HttpStatusCode status, String code,
                                                String field, String detail, HttpHeaders headers,
                                                Map<String, Object> more) {
        Map<String, Object> body = body(request, status, code, field, detail);
        more.forEach(body::putIfAbsent);
        HttpHeaders all = new HttpHeaders();
        if (headers != null) {
            all.putAll(headers);
        }
        all.setContentType(PROBLEM_JSON);
        all.set(CommandOrigin.CORRELATION_HEADER, correlationId(request));
        return ResponseEntity.status(status).headers(all).body(body);
    }

    public static ResponseEntity<Object> entity(HttpServletRequest request, EdgeRefusal refusal) {
        HttpHeaders headers = new HttpHeaders();
        if (refusal.retryAfter() != null) {
            headers.set(HttpHeaders.RETRY_AFTER, Long.toString(EdgeRefusal.retrySeconds(refusal.retryAfter())));
        }
        return entity(request, refusal.status(), refusal.code(), refusal.field(), refusal.getMessage(), headers);
    }

    /** For servlet filters and the container, where no MVC handler can answer. */
    public static void write(HttpServletRequest request, HttpServletResponse response, HttpStatusCode status,
                             String code, String field, String detail) throws IOException {
        byte[] json = JSON.writeValueAsBytes(body(request, status, code, field, detail));
        response.setStatus(status.value());
        response.setHeader(CommandOrigin.CORRELATION_HEADER, correlationId(request));
        response.setContentType(PROBLEM_JSON.toString());
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        // a declared length: a refusal sent before the request's body is read is complete for the client at once
        response.setContentLength(json.length);
        response.getOutputStream().write(json);
    }

    public static void write(HttpServletRequest request, HttpServletResponse response, EdgeRefusal refusal)
            throws IOException {
        if (refusal.retryAfter() != null) {
            response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(EdgeRefusal.retrySeconds(refusal.retryAfter())));
        }
        write(request, response, refusal.status(), refusal.code(), refusal.field(), refusal.getMessage());
    }

    /**
     * The filter's id, or (before any filter ran: Tomcat's own refusals) the client's, or a new one kept
     * on the request so that the header and the body name the same.
     */
    private static String correlationId(HttpServletRequest request) {
        String id = CommandOrigin.correlationId(request);
        request.setAttribute(CommandOrigin.CORRELATION_ID, id);
        return id;
    }

    /** The path the client asked for: on the error page, the original request's, not /error. */
    private static String instance(HttpServletRequest request) {
        Object original = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        String path = original instanceof String uri ? uri : request.getRequestURI();
        return path == null || path.isEmpty() ? "/" : path;
    }

    private static String title(HttpStatusCode status) {
        HttpStatus known = HttpStatus.resolve(status.value());
        return known == null ? "Error " + status.value() : known.getReasonPhrase();
    }
}
