package bank.ledger.app.console.support;

import bank.ledger.app.edge.EdgeRefusal;
import bank.ledger.command.dispatch.CommandDispatch;
import bank.ledger.command.approval.CommandHeld;
import bank.ledger.domain.refusal.LedgerRefusal;
import bank.ledger.domain.refusal.RefusalCode;
import java.util.Optional;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import org.axonframework.modelling.command.AggregateNotFoundException;

/**
 * A refusal as a form shows it beside itself: the same stable code and field the API's problem would
 * carry, and its detail. {@code approvalId} is set when four-eyes held the command for a second person.
 */
public record Refusal(String code, String field, String detail, String approvalId) {
    public static final String HELD = "heldForApproval";

    /** The refusal a failure stands for, or empty when it is not one (a fault: it goes to the error page). */
    public static Optional<Refusal> of(Throwable failure) {
        Throwable cause = unwrap(failure);
        if (cause instanceof CommandHeld held) {
            return Optional.of(new Refusal(HELD, null, "held for approval by a second person (" + held.reason() + ")",
                    held.approvalId()));
        }
        if (cause instanceof LedgerRefusal refusal) {
            return Optional.of(new Refusal(refusal.code().code(), refusal.field(), refusal.detail(), null));
        }
        if (cause instanceof EdgeRefusal refusal) {
            return Optional.of(new Refusal(refusal.code(), refusal.field(), refusal.getMessage(), null));
        }
        if (cause instanceof AggregateNotFoundException missing) {
            return Optional.of(new Refusal(RefusalCode.ACCOUNT_NOT_FOUND.code(), null,
                    "no account " + missing.getAggregateIdentifier(), null));
        }
        if (cause instanceof CommandDispatch.CommandTimedOut timedOut) {
            return Optional.of(new Refusal("commandTimedOut", null, timedOut.getMessage(), null));
        }
        return Optional.empty();
    }

    /** The status a refused form answers with: 404 for what does not exist, 409 for a conflict, else 422. */
    public int formStatus() {
        if (code.endsWith("NotFound")) {
            return 404;
        }
        return code.equals(RefusalCode.IDEMPOTENCY_CONFLICT.code()) ? 409 : 422;
    }

    public boolean held() {
        return HELD.equals(code);
    }

    private static Throwable unwrap(Throwable failure) {
        Throwable cause = failure;
        for (int depth = 0; depth < 8 && (cause instanceof CompletionException || cause instanceof ExecutionException)
                && cause.getCause() != null; depth++) {
            cause = cause.getCause();
        }
        return cause;
    }
}
