package bank.ledger.connectors.ingestion;

import bank.ledger.domain.refusal.LedgerRefusal;
import bank.ledger.domain.refusal.RefusalCode;
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

/**
 * Sends statement and ledger commands through Axon with the actor and channel as metadata, a bounded
 * time-out, and a bounded number of retries when another writer (the engine, a person, a second
 * node) changed the same statement at the same moment. Business refusals are never retried.
 */
public class StatementCommands {
    private static final int ATTEMPTS_MAX = 5;
    private final CommandGateway gateway;
    private final long timeoutMs;

    public StatementCommands(CommandGateway gateway, long timeoutMs) {
        this.gateway = gateway;
        this.timeoutMs = timeoutMs;
    }

    public <R> R send(Object command, String actor, String channel) {
        Map<String, Object> metadata = Map.of("actor", actor, "channel", channel,
                "correlationId", java.util.UUID.randomUUID().toString());
        for (int attempt = 1; ; attempt++) {
            try {
                R result = gateway.sendAndWait(new GenericCommandMessage<>(command).andMetaData(MetaData.from(metadata)),
                        timeoutMs, TimeUnit.MILLISECONDS);
                if (result == null) {
                    throw new IllegalStateException(command.getClass().getSimpleName() + " timed out after " + timeoutMs + " ms");
                }
                return result;
            } catch (AggregateNotFoundException missing) {
                throw LedgerRefusal.of(RefusalCode.STATEMENT_NOT_FOUND, "statementKey",
                        "no statement " + missing.getAggregateIdentifier());
            } catch (RuntimeException failure) {
                if (!retryable(failure) || attempt >= ATTEMPTS_MAX) {
                    throw failure;
                }
                pause(attempt);
            }
        }
    }

    static boolean retryable(Throwable failure) {
        for (Throwable cause = failure; cause != null && cause.getCause() != cause; cause = cause.getCause()) {
            if (cause instanceof ConcurrencyException || cause instanceof AggregateStreamCreationException) {
                return true;
            }
            if (cause instanceof SQLException sql && sql.getSQLState() != null
                    && (sql.getSQLState().equals("23505") || sql.getSQLState().startsWith("40"))) {
                return true;
            }
        }
        return false;
    }

    private static void pause(int attempt) {
        try {
            Thread.sleep(ThreadLocalRandom.current().nextLong(1, 20L << attempt));
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while retrying", interrupted);
        }
    }
}
