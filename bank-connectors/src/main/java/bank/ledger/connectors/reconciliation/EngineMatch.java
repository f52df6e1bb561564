package bank.ledger.connectors.reconciliation;

import bank.ledger.domain.statement.api.LineMatch;

/**
 * An engine decision about to be recorded: the line, the match, and the tolerated difference (line
 * minus postings, bank view) with the account that takes it, or zero and null.
 */
public record EngineMatch(OpenLine line, LineMatch match, long differenceMinor, String differenceAccountId) {
    /** The difference entry's id follows from the line, so posting it again is a harmless retry. */
    public static String differenceEntryId(String statementKey, int lineNo) {
        return "recon-diff-" + statementKey.substring(5, 37) + "-" + lineNo;
    }
}
