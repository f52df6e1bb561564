package bank.ledger.domain.statement.api;

import org.axonframework.serialization.Revision;

/** An unmatched line was parked on the suspense account; it stays open for later matching. */
@Revision("1")
public record StatementLineSuspended(String statementKey, int lineNo, String suspenseEntryId, String reason) {
}
