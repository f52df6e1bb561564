package bank.ledger.axon;

import bank.ledger.domain.refusal.LedgerRefusal;
import bank.ledger.domain.refusal.RefusalCode;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.sql.SQLException;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.MetaData;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends a command with its metadata and waits for its result, retrying what another writer made fail:
 * an optimistic concurrency conflict (two nodes appending to one aggregate), a duplicate-key race on a
 * new stream, or a serialization failure. Each retry is a fresh unit of work that reloads the
 * aggregates, so a retried command is checked against the state it will really change. Business
 * refusals are never retried. The one sender of the ledger's commands and the connectors'.
 */
public class CommandDispatch {
    private static final Logger log = LoggerFactory.getLogger(CommandDispatch.class);
    private final CommandGateway gateway;
    private final Settings settings;
    private final Counter retries;
    private final Function<AggregateNotFoundException, RuntimeException> notFound;

    /** Attempts in all (first included), the back-off ceiling and the time-out of one attempt. */
    public record Settings(int attemptsMax, long backoffMsMax, long timeoutMs) {
        public Settings {
            if (attemptsMax < 1 || backoffMsMax < 0 || timeoutMs < 1) {
                throw new IllegalArgumentException("attempts >= 1, back-off >= 0 and time-out >= 1 ms");
            }
        }
    }

    /**
     * {@code notFound} turns a command addressed to an aggregate that does not exist into the sender's
     * refusal (null: the exception is passed on); retries are counted under {@code retryMeter}.
     */
    public CommandDispatch(CommandGateway gateway, Settings settings, MeterRegistry meters, String retryMeter,
                           Function<AggregateNotFoundException, RuntimeException> notFound) {
        this.gateway = gateway;
        this.settings = settings;
        this.retries = Counter.builder(retryMeter).description("commands retried after a concurrency conflict")
                .register(meters);
        this.notFound = notFound;
    }

    public <R> R send(Object command, Map<String, ?> metadata) {
        for (int attempt = 1; ; attempt++) {
            try {
                R result = gateway.sendAndWait(new GenericCommandMessage<>(command).andMetaData(MetaData.from(metadata)),
                        settings.timeoutMs(), TimeUnit.MILLISECONDS);
                if (result == null) {
                    throw new CommandTimedOut(command.getClass().getSimpleName(), settings.timeoutMs());
                }
                return result;
            } catch (AggregateNotFoundException missing) {
                throw notFound == null ? missing : notFound.apply(missing);
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
