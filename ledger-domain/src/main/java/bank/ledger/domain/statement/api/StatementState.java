package bank.ledger.domain.statement.api;

/** What the write side answers about a statement; {@code duplicate} when it had been received before. */
public record StatementState(String statementKey, int lineCount, int linesDone, boolean superseded,
                               boolean duplicate) {
}
