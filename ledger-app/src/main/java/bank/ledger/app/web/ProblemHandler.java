package bank.ledger.app.web;

import bank.ledger.app.edge.FrameworkCodes;
import bank.ledger.app.edge.Problems;
import bank.ledger.command.consistency.ReadModelCatchingUp;
import bank.ledger.command.dispatch.CommandOrigin;
import bank.ledger.command.dispatch.CommandDispatch;
import bank.ledger.domain.refusal.LedgerRefusal;
import bank.ledger.domain.refusal.RefusalCode;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import java.util.Optional;
import org.axonframework.eventsourcing.IncompatibleAggregateException;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.ServletWebRequest;
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
    ResponseEntity<Object> refusal(LedgerRefusal refusal, HttpServletRequest request) {
        return Problems.entity(request, statusOf(refusal.code().kind()), refusal.code().code(), refusal.field(),
                refusal.detail(), null);
    }

    @ExceptionHandler(AggregateNotFoundException.class)
    ResponseEntity<Object> notFound(AggregateNotFoundException missing, HttpServletRequest request) {
        return Problems.entity(request, HttpStatus.NOT_FOUND, RefusalCode.ACCOUNT_NOT_FOUND.code(), null,
                "no account " + missing.getAggregateIdentifier(), null);
    }

    /** An account command on an id that names a journal entry (or the reverse): the id is someone else's. */
    @ExceptionHandler(IncompatibleAggregateException.class)
    ResponseEntity<Object> idOfAnotherKind(IncompatibleAggregateException mismatch, HttpServletRequest request) {
        return Problems.entity(request, HttpStatus.CONFLICT, RefusalCode.ID_ALREADY_USED.code(), "id",
                "the id already names something else (an account or a journal entry)", null);
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<Object> badParameter(MethodArgumentTypeMismatchException mismatch, HttpServletRequest request) {
        return Problems.entity(request, HttpStatus.BAD_REQUEST, RefusalCode.INVALID_FIELD.code(), mismatch.getName(),
                "parameter " + mismatch.getName() + " has the wrong type", null);
    }

    /** Work computed from the read models found them behind the recorded events: retry later, nothing written. */
    @ExceptionHandler(ReadModelCatchingUp.class)
    ResponseEntity<Object> catchingUp(ReadModelCatchingUp behind, HttpServletRequest request) {
        HttpHeaders headers = new HttpHeaders();
        headers.set(HttpHeaders.RETRY_AFTER, Long.toString(behind.retryAfterSeconds()));
        return Problems.entity(request, HttpStatus.SERVICE_UNAVAILABLE, ReadModelCatchingUp.CODE, null,
                behind.getMessage(), headers);
    }

    @ExceptionHandler(CommandDispatch.CommandTimedOut.class)
    ResponseEntity<Object> timedOut(CommandDispatch.CommandTimedOut timeout, HttpServletRequest request) {
        return Problems.entity(request, HttpStatus.SERVICE_UNAVAILABLE, "commandTimedOut", null, timeout.getMessage(),
                null);
    }

    /** A dependency that did not answer is a fault (503, retryable); anything else is a bug (500). */
    @ExceptionHandler(Exception.class)
    ResponseEntity<Object> unexpected(Exception failure, HttpServletRequest request) {
        String correlationId = CommandOrigin.correlationId(request);
        Optional<Faults.Fault> fault = Faults.classify(failure);
        if (fault.isPresent()) {
            log.warn("{} on {} {} (correlation id {}): {}", fault.get().code(), request.getMethod(),
                    request.getRequestURI(), correlationId, rootCause(failure).toString());
            HttpHeaders retry = new HttpHeaders();
            retry.set(HttpHeaders.RETRY_AFTER, Long.toString(Faults.RETRY_AFTER.toSeconds()));
            return Problems.entity(request, fault.get().status(), fault.get().code(), null, fault.get().detail(), retry);
        }
        log.error("unexpected failure on {} {} (correlation id {})", request.getMethod(), request.getRequestURI(),
                correlationId, failure);
        return Problems.entity(request, HttpStatus.INTERNAL_SERVER_ERROR, "internalError", null,
                "unexpected failure; quote correlation id " + correlationId + " to the operators", null);
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
        ProblemDetail why = UnreadableBody.problem(ex);
        Map<String, Object> members = why.getProperties() == null ? Map.of() : why.getProperties();
        Object allowed = members.get("allowed");
        return Problems.entity(servlet(request), HttpStatus.BAD_REQUEST, (String) members.get("code"),
                (String) members.get("field"), why.getDetail(), headers,
                allowed == null ? Map.of() : Map.of("allowed", allowed));
    }

    /** Bean Validation on a request body: name the first offending field. */
    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        FieldError error = ex.getBindingResult().getFieldError();
        String field = error == null ? null : error.getField();
        return Problems.entity(servlet(request), HttpStatus.BAD_REQUEST, RefusalCode.INVALID_FIELD.code(), field,
                field == null ? "the request is invalid" : field + " " + error.getDefaultMessage(), headers);
    }

    /** Bean Validation on a path or query parameter: name the parameter. */
    @Override
    protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        String field = ex.getParameterValidationResults().stream().findFirst()
                .map(result -> result.getMethodParameter().getParameterName()).orElse(null);
        return Problems.entity(servlet(request), HttpStatus.BAD_REQUEST, RefusalCode.INVALID_FIELD.code(), field,
                field == null ? "the request is invalid" : "parameter " + field + " is invalid", headers);
    }

    /** A required query parameter that is absent: name it. */
    @Override
    protected ResponseEntity<Object> handleMissingServletRequestParameter(MissingServletRequestParameterException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        return Problems.entity(servlet(request), HttpStatus.BAD_REQUEST, FrameworkCodes.MISSING_PARAMETER,
                ex.getParameterName(), "parameter " + ex.getParameterName() + " is required", headers);
    }

    /**
     * Spring MVC's own errors (404, 405 with its Allow header, 406, 415, ...) keep their status and headers
     * and gain the stable code of their status; the detail is ours, never an exception's message.
     */
    @Override
    protected ResponseEntity<Object> handleExceptionInternal(Exception ex, Object body, HttpHeaders headers,
            HttpStatusCode statusCode, WebRequest request) {
        return Problems.entity(servlet(request), statusCode, FrameworkCodes.ofStatus(statusCode), null,
                FrameworkCodes.detailOf(statusCode), headers);
    }

    public static HttpStatus statusOf(RefusalCode.Kind kind) {
        return switch (kind) {
            case INVALID -> HttpStatus.BAD_REQUEST;
            case NOT_FOUND -> HttpStatus.NOT_FOUND;
            case CONFLICT -> HttpStatus.CONFLICT;
            case BUSINESS -> HttpStatus.UNPROCESSABLE_CONTENT;
        };
    }

    private static HttpServletRequest servlet(WebRequest request) {
        return ((ServletWebRequest) request).getRequest();
    }
}
