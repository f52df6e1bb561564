package bank.ledger.connectors.ingestion;

/**
 * What ingestion asks of reconciliation when it retires an intraday report for the day's end-of-day
 * statement: give back every posting the report's lines claimed, at once, so the end-of-day lines can
 * take them. An interface here, implemented by matching's claims, so ingestion knows nothing of matching.
 */
@FunctionalInterface
public interface RetiredStatementClaims {
    void releaseStatement(String statementKey);
}
