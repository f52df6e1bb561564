package bank.ledger.connectors.ingestion;

/** What the pipeline answers per statement of a delivered file. */
public record IngestedStatement(String statementKey, String bankAccount, String currency, String messageType,
                                int lineCount, boolean duplicate, String supersededBy) {
}
