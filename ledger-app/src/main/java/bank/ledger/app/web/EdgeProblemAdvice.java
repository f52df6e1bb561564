package bank.ledger.app.web;

import bank.ledger.app.edge.EdgeRefusal;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** Refusals of the API edge (authentication, rate limits) as problems; ahead of the catch-all handler. */
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
}
