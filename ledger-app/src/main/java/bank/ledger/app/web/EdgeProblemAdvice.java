package bank.ledger.app.web;

import bank.ledger.app.edge.BodyTooLargeException;
import bank.ledger.app.edge.EdgeRefusal;
import bank.ledger.app.edge.Problems;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
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
    ResponseEntity<Object> refusal(EdgeRefusal refusal, HttpServletRequest request) {
        return Problems.entity(request, refusal);
    }

    /** A body that crossed its limit while streaming, however the reader wrapped it (Jackson, a controller). */
    @ExceptionHandler(BodyTooLargeException.class)
    ResponseEntity<Object> tooLarge(BodyTooLargeException tooLarge, HttpServletRequest request) {
        return Problems.entity(request, HttpStatus.CONTENT_TOO_LARGE, "bodyTooLarge", null, tooLarge.getMessage(), null);
    }
}
