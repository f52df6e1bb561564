package bank.ledger.connectors.reconciliation;

import bank.ledger.domain.statement.api.LineMatch;

/**
 * An engine decision about to be recorded: the line, the match, and the tolerated difference (line
 * minus postings, bank view) with the account that takes it, or zero and null.
 */
public record EngineMatch(OpenLine line, LineMatch match, long differenceMinor, String differenceAccountId) {
}
