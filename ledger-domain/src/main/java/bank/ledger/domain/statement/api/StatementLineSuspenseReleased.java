package bank.ledger.domain.statement.api;

import org.axonframework.serialization.Revision;

/**
 * A line parked on suspense will never be matched here (its intraday report was retired by the day's
 * end-of-day statement, whose own line takes over): its suspense entry is to be reversed.
 */
@Revision("1")
public record StatementLineSuspenseReleased(String statementKey, int lineNo, String suspenseEntryId, String reason) {
}
