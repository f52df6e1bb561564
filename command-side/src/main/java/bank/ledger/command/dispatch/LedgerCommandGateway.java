package bank.ledger.command.dispatch;

import bank.ledger.domain.refusal.LedgerRefusal;
import bank.ledger.domain.refusal.RefusalCode;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.sql.SQLException;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.MetaData;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends a command and waits for its result, retrying what another writer made fail: an optimistic
 * concurrency conflict (two nodes appending to one account), a duplicate-key race on a new stream, or
 * a serialization failure. Each retry is a fresh unit of work that reloads the accounts, so a retried
 * entry is checked against the balances it will really change. Business refusals are never retried.
 */
public class LedgerCommandGateway {
    private static final Logger log = LoggerFactory.getLogger(LedgerCommandGateway.class);
    private final CommandGateway gateway;
    private final int attemptsMax;
    private final long backoffMsMax;
    private final long timeoutMs;
    private final Counter retries;

    public LedgerCommandGateway(CommandGateway gateway, MeterRegistry meters, int attemptsMax, long backoffMsMax,
                                long timeoutMs) {
        this.gateway = gateway;
        this.attemptsMax = attemptsMax;
        this.backoffMsMax = backoffMsMax;
        this.timeoutMs = timeoutMs;
        this.retries = Counter.builder("ledger.commands.retries")
                .description("commands retried after a concurrency conflict").register(meters);
    }

    public <R> R send(Object command, CommandOrigin origin) {
        for (int attempt = 1; ; attempt++) {
            try {
                R result = gateway.sendAndWait(new GenericCommandMessage<>(command).andMetaData(
                        MetaData.from(origin.metadata())), timeoutMs, TimeUnit.MILLISECONDS);
                if (result == null) {
                    throw new CommandTimedOut(command.getClass().getSimpleName(), timeoutMs);
                }
                return result;
            } catch (RuntimeException failure) {
                if (!isRetryable(failure) || attempt >= attemptsMax) {
                    throw isRetryable(failure) ? LedgerRefusal.of(RefusalCode.CONCURRENT_MODIFICATION, null,
                            "gave up after " + attempt + " attempts: the accounts are under heavy concurrent change")
                            : failure;
                }
                retries.increment();
                log.debug("retrying {} after attempt {}: {}", command.getClass().getSimpleName(), attempt,
                        failure.toString());
                pause(attempt);
            }
        }
    }

    static boolean isRetryable(Throwable failure) {
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
        long ceiling = Math.min(backoffMsMax, 1L << Math.min(attempt, 10));
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
