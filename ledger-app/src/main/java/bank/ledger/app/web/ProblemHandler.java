package bank.ledger.app.web;

import bank.ledger.command.dispatch.CommandOrigin;
import bank.ledger.axon.CommandDispatch;
import bank.ledger.domain.refusal.LedgerRefusal;
import bank.ledger.domain.refusal.RefusalCode;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;
import org.axonframework.eventsourcing.IncompatibleAggregateException;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Every error leaves as {@code application/problem+json} with a stable {@code code} and, where one
 * field is at fault, its JSON path. Nothing internal leaks: unexpected failures are logged with the
 * correlation id and answered with that id only.
 */
@RestControllerAdvice
public class ProblemHandler extends ResponseEntityExceptionHandler {
    private static final Logger log = LoggerFactory.getLogger(ProblemHandler.class);

    @ExceptionHandler(LedgerRefusal.class)
    ProblemDetail refusal(LedgerRefusal refusal) {
        return Problems.of(statusOf(refusal.code().kind()), refusal.code().code(), refusal.field(), refusal.detail());
    }

    @ExceptionHandler(AggregateNotFoundException.class)
    ProblemDetail notFound(AggregateNotFoundException missing) {
        return Problems.of(HttpStatus.NOT_FOUND, RefusalCode.ACCOUNT_NOT_FOUND.code(), null,
                "no account " + missing.getAggregateIdentifier());
    }

    /** An account command on an id that names a journal entry (or the reverse): the id is someone else's. */
    @ExceptionHandler(IncompatibleAggregateException.class)
    ProblemDetail idOfAnotherKind(IncompatibleAggregateException mismatch) {
        return Problems.of(HttpStatus.CONFLICT, RefusalCode.ID_ALREADY_USED.code(), "id",
                "the id already names something else (an account or a journal entry)");
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ProblemDetail badParameter(MethodArgumentTypeMismatchException mismatch) {
        return Problems.of(HttpStatus.BAD_REQUEST, RefusalCode.INVALID_FIELD.code(), mismatch.getName(),
                "parameter " + mismatch.getName() + " has the wrong type");
    }

    @ExceptionHandler(CommandDispatch.CommandTimedOut.class)
    ProblemDetail timedOut(CommandDispatch.CommandTimedOut timeout) {
        return Problems.of(HttpStatus.SERVICE_UNAVAILABLE, "commandTimedOut", null, timeout.getMessage());
    }

    /** A dependency that did not answer is a fault (503, retryable); anything else is a bug (500). */
    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> unexpected(Exception failure, HttpServletRequest request) {
        String correlationId = CommandOrigin.correlationId(request);
        Optional<Faults.Fault> fault = Faults.classify(failure);
        if (fault.isPresent()) {
            log.warn("{} on {} {} (correlation id {}): {}", fault.get().code(), request.getMethod(),
                    request.getRequestURI(), correlationId, rootCause(failure).toString());
            return unavailable(fault.get());
        }
        log.error("unexpected failure on {} {} (correlation id {})", request.getMethod(), request.getRequestURI(),
                correlationId, failure);
        return ResponseEntity.internalServerError().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(Problems.of(HttpStatus.INTERNAL_SERVER_ERROR, "internalError", null,
                        "unexpected failure; quote correlation id " + correlationId + " to the operators"));
    }

    static ResponseEntity<ProblemDetail> unavailable(Faults.Fault fault) {
        return ResponseEntity.status(fault.status()).contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .header(HttpHeaders.RETRY_AFTER, Long.toString(Faults.RETRY_AFTER.toSeconds()))
                .body(Problems.of(fault.status(), fault.code(), null, fault.detail()));
    }

    private static Throwable rootCause(Throwable failure) {
        Throwable root = failure;
        for (int depth = 0; root.getCause() != null && root.getCause() != root && depth < 32; depth++) {
            root = root.getCause();
        }
        return root;
    }

    /** Unreadable JSON: name the field whose value could not be read, when Jackson knows it. */
    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        return handleExceptionInternal(ex, UnreadableBody.problem(ex), headers, HttpStatus.BAD_REQUEST, request);
    }

    /** Bean Validation on a request body: name the first offending field. */
    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        FieldError error = ex.getBindingResult().getFieldError();
        String field = error == null ? null : error.getField();
        ProblemDetail problem = Problems.of(HttpStatus.BAD_REQUEST, RefusalCode.INVALID_FIELD.code(), field,
                field == null ? "the request is invalid" : field + " " + error.getDefaultMessage());
        return handleExceptionInternal(ex, problem, headers, HttpStatus.BAD_REQUEST, request);
    }

    /** Bean Validation on a path or query parameter: name the parameter. */
    @Override
    protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        String field = ex.getParameterValidationResults().stream().findFirst()
                .map(result -> result.getMethodParameter().getParameterName()).orElse(null);
        ProblemDetail problem = Problems.of(HttpStatus.BAD_REQUEST, RefusalCode.INVALID_FIELD.code(), field,
                field == null ? "the request is invalid" : "parameter " + field + " is invalid");
        return handleExceptionInternal(ex, problem, headers, HttpStatus.BAD_REQUEST, request);
    }

    /** Spring MVC's own errors (404, 405, 415, ...) keep their status and gain a code. */
    @Override
    protected ResponseEntity<Object> handleExceptionInternal(Exception ex, Object body, HttpHeaders headers,
            HttpStatusCode statusCode, WebRequest request) {
        if (body instanceof ProblemDetail problem && !problem.getProperties().containsKey("code")) {
            Problems.decorate(problem, codeOf(statusCode), null);
        }
        return super.handleExceptionInternal(ex, body, headers, statusCode, request);
    }

    public static HttpStatus statusOf(RefusalCode.Kind kind) {
        return switch (kind) {
            case INVALID -> HttpStatus.BAD_REQUEST;
            case NOT_FOUND -> HttpStatus.NOT_FOUND;
            case CONFLICT -> HttpStatus.CONFLICT;
            case BUSINESS -> HttpStatus.UNPROCESSABLE_CONTENT;
        };
    }

    private static String codeOf(HttpStatusCode status) {
        return switch (status.value()) {
            case 400 -> "malformedRequest";
            case 404 -> "notFound";
            case 405 -> "methodNotAllowed";
            case 406 -> "notAcceptable";
            case 413 -> "bodyTooLarge";
            case 415 -> "unsupportedMediaType";
            default -> status.is5xxServerError() ? "internalError" : "requestRefused";
        };
    }
}
