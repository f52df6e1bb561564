package bank.ledger.app.edge;

import java.time.Duration;
import org.springframework.http.HttpStatus;

/**
 * A refusal by the API edge rather than by the ledger: bad credentials, a reused refresh token, a rate
 * limit. Its {@code code} is part of the API contract like the ledger's refusal codes.
 */
public class EdgeRefusal extends RuntimeException {
    private final HttpStatus status;
    private final String code;
    private final String field;
    private final Duration retryAfter;

    public EdgeRefusal(HttpStatus status, String code, String field, String detail, Duration retryAfter) {
        super(detail, null, false, false);
        this.status = status;
        this.code = code;
        this.field = field;
        this.retryAfter = retryAfter;
    }

    public static EdgeRefusal of(HttpStatus status, String code, String field, String detail) {
        return new EdgeRefusal(status, code, field, detail, null);
    }

    public static EdgeRefusal tooManyRequests(Duration retryAfter) {
        return new EdgeRefusal(HttpStatus.TOO_MANY_REQUESTS, "tooManyRequests", null,
                "rate limit reached; retry after " + retrySeconds(retryAfter) + " s", retryAfter);
    }

    /**
     * A dependency of the edge (the session store, the rate limit store) did not answer: 503 with
     * Retry-After, retryable by the client, never a 500 that reads as a bug.
     */
    public static EdgeRefusal unavailable(String code, String detail, Duration retryAfter) {
        return new EdgeRefusal(HttpStatus.SERVICE_UNAVAILABLE, code, null, detail, retryAfter);
    }

    /** Whole seconds for the Retry-After header, never 0 (a client would retry at once). */
    public static long retrySeconds(Duration retryAfter) {
        return Math.max(1, (retryAfter.toMillis() + 999) / 1000);
    }

    public HttpStatus status() {
        return status;
    }

    public String code() {
        return code;
    }

    public String field() {
        return field;
    }

    public Duration retryAfter() {
        return retryAfter;
    }
}
