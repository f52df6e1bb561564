package bank.ledger.domain.statement.api;

import java.util.List;
import org.axonframework.serialization.Revision;

/**
 * A reconciliation decision: the line is these ledger postings, by this rule, with this score.
 * {@code releasedSuspenseEntryId} names the suspense entry the line had been parked with, now to be
 * reversed, or is null (added field: null in events recorded before it existed, which is right for them).
 */
@Revision("1")
public record StatementLineMatched(String statementKey, int lineNo, List<MatchedItem> items, String rule, int score,
                                  String differenceEntryId, boolean manual, String actor, String reason,
                                  String releasedSuspenseEntryId) {
}
