package bank.ledger.app.web;

import bank.ledger.app.edge.BodyTooLargeException;
import bank.ledger.app.edge.EdgeRefusal;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Refusals of the API edge (authentication, rate limits, body limits) as problems; ahead of the catch-all
 * handler. Spring matches a handler on the exception's causes too, so a body limit crossed inside Jackson
 * (HttpMessageNotReadableException, caused by it) answers 413 here rather than 400.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class EdgeProblemAdvice {
    @ExceptionHandler(EdgeRefusal.class)
    ResponseEntity<ProblemDetail> refusal(EdgeRefusal refusal) {
        ResponseEntity.BodyBuilder response = ResponseEntity.status(refusal.status())
                .contentType(MediaType.APPLICATION_PROBLEM_JSON);
        if (refusal.retryAfter() != null) {
            response.header(HttpHeaders.RETRY_AFTER, Long.toString(EdgeRefusal.retrySeconds(refusal.retryAfter())));
        }
        return response.body(Problems.of(refusal.status(), refusal.code(), refusal.field(), refusal.getMessage()));
    }

    /** A body that crossed its limit while streaming, however the reader wrapped it (Jackson, a controller). */
    @ExceptionHandler(BodyTooLargeException.class)
    ResponseEntity<ProblemDetail> tooLarge(BodyTooLargeException tooLarge) {
        return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE).contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(Problems.of(HttpStatus.CONTENT_TOO_LARGE, "bodyTooLarge", null, tooLarge.getMessage()));
    }
}
