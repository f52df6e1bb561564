package bank.ledger.connectors.ingestion;

import bank.ledger.axon.CommandDispatch;
import bank.ledger.domain.refusal.LedgerRefusal;
import bank.ledger.domain.refusal.RefusalCode;
import java.util.Map;
import java.util.UUID;

/**
 * Sends statement and ledger commands through the shared {@link CommandDispatch} (bounded retries when
 * the engine, a person or a second node changed the same statement at the same moment; a time-out)
 * with the actor and channel as metadata. A command for a statement that does not exist is refused
 * as {@code statementNotFound}.
 */
public class StatementCommands {
    private final CommandDispatch dispatch;

    public StatementCommands(CommandDispatch dispatch) {
        this.dispatch = dispatch;
    }

    /** The refusal for a command addressed to a statement that was never received. */
    public static RuntimeException statementNotFound(String statementKey) {
        return LedgerRefusal.of(RefusalCode.STATEMENT_NOT_FOUND, "statementKey", "no statement " + statementKey);
    }

    public <R> R send(Object command, String actor, String channel) {
        return dispatch.send(command, Map.of("actor", actor, "channel", channel,
                "correlationId", UUID.randomUUID().toString()));
    }
}
