package bank.ledger.command.dispatch;

import bank.ledger.domain.approval.FourEyes;
import bank.ledger.domain.refusal.LedgerRefusal;
import bank.ledger.domain.refusal.RefusalCode;
import bank.ledger.domain.statement.api.ReceiveStatement;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.sql.SQLException;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.MetaData;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one sender of every command (the API's, approvals', the connectors' and the reconciliation
 * engine's): refuses a malformed command before the bus ({@link CommandShapes}), puts who sent it as
 * metadata ({@link CommandOrigin}: actor, role, channel, correlation id, which Axon copies onto every
 * resulting event), and waits for the result, retrying what another writer made fail: an optimistic
 * concurrency conflict (two nodes appending to one aggregate), a duplicate-key race on a new stream, or
 * a serialization failure. Each retry is a fresh unit of work that reloads the aggregates, so a retried
 * command is checked against the state it will really change. Business refusals are never retried.
 */
public class CommandDispatch {
    /** The meter counting retries, one for every sender. */
    public static final String RETRY_METER = "ledger.commands.retries";
    private static final Logger log = LoggerFactory.getLogger(CommandDispatch.class);
    private static final String STATEMENT_COMMANDS = ReceiveStatement.class.getPackageName();
    private final CommandGateway gateway;
    private final CommandProperties settings;
    private final Counter retries;

    public CommandDispatch(CommandGateway gateway, CommandProperties settings, MeterRegistry meters) {
        this.gateway = gateway;
        this.settings = settings;
        this.retries = Counter.builder(RETRY_METER).description("commands retried after a concurrency conflict")
                .register(meters);
    }

    /** Sends the command as {@code origin} and answers its result; a refusal is thrown as it came. */
    public <R> R send(Object command, CommandOrigin origin) {
        CommandShapes.check(command);
        return dispatch(command, origin.metadata());
    }

    /** Runs a command a checker approved: the four-eyes gate finds the approval by its id and lets it pass. */
    public <R> R sendApproved(Object command, CommandOrigin maker, String approvalId, String checker) {
        CommandShapes.check(command);
        Map<String, Object> metadata = maker.metadata();
        metadata.put(FourEyes.APPROVAL_ID, approvalId);
        metadata.put(FourEyes.APPROVED_BY, checker);
        return dispatch(command, metadata);
    }

    /**
     * One attempt and no retry, for a caller whose own unit of work holds this command's (a batch's group of
     * entries, committed together): a conflict there fails the group, which then runs its commands one by one.
     */
    public <R> R sendOnce(Object command, CommandOrigin origin) {
        CommandShapes.check(command);
        return attempt(command, origin.metadata());
    }

    private <R> R attempt(Object command, Map<String, ?> metadata) {
        try {
            R result = gateway.sendAndWait(new GenericCommandMessage<>(command).andMetaData(MetaData.from(metadata)),
                    settings.timeoutMs(), TimeUnit.MILLISECONDS);
            if (result == null) {
                throw new CommandTimedOut(command.getClass().getSimpleName(), settings.timeoutMs());
            }
            return result;
        } catch (AggregateNotFoundException missing) {
            throw notFound(command, missing);
        }
    }

    private <R> R dispatch(Object command, Map<String, ?> metadata) {
        for (int attempt = 1; ; attempt++) {
            try {
                return attempt(command, metadata);
            } catch (AggregateNotFoundException missing) {
                throw missing; // a statement's is a refusal already; the ledger's own goes on to the edge's 404
            } catch (RuntimeException failure) {
                if (!isRetryable(failure) || attempt >= settings.attemptsMax()) {
                    throw isRetryable(failure) ? LedgerRefusal.of(RefusalCode.CONCURRENT_MODIFICATION, null,
                            "gave up after " + attempt + " attempts: under heavy concurrent change") : failure;
                }
                retries.increment();
                log.debug("retrying {} after attempt {}: {}", command.getClass().getSimpleName(), attempt,
                        failure.toString());
                pause(attempt);
            }
        }
    }

    /**
     * A statement command addressed to a statement never received is refused as {@code statementNotFound};
     * for the ledger's own aggregates the exception goes on to the edge (404 by its own handler).
     */
    private static RuntimeException notFound(Object command, AggregateNotFoundException missing) {
        if (command.getClass().getPackageName().equals(STATEMENT_COMMANDS)) {
            return LedgerRefusal.of(RefusalCode.STATEMENT_NOT_FOUND, "statementKey",
                    "no statement " + missing.getAggregateIdentifier());
        }
        return missing;
    }

    public static boolean isRetryable(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof ConcurrencyException || cause instanceof AggregateStreamCreationException) {
                return true;
            }
            if (cause instanceof LedgerRefusal refusal) {
                return refusal.code() == RefusalCode.CONCURRENT_MODIFICATION;
            }
            if (cause instanceof SQLException sql && sql.getSQLState() != null
                    && (sql.getSQLState().equals("23505") || sql.getSQLState().startsWith("40"))) {
                return true; // unique violation in a race, serialization failure, deadlock
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        return false;
    }

    /** Jittered exponential back-off, so colliding writers do not collide again in lock step. */
    private void pause(int attempt) {
        long ceiling = Math.min(settings.backoffMsMax(), 1L << Math.min(attempt, 10));
        try {
            Thread.sleep(ThreadLocalRandom.current().nextLong(ceiling + 1));
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while retrying a command", interrupted);
        }
    }

    /** The command did not finish within the configured time-out; its outcome is unknown to this caller. */
    public static final class CommandTimedOut extends RuntimeException {
        public CommandTimedOut(String command, long timeoutMs) {
            super(command + " did not complete within " + timeoutMs + " ms; retry with the same id to learn its outcome");
        }
    }
}
