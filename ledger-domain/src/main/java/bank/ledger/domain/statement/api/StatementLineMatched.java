package bank.ledger.domain.statement.api;

import java.util.List;
import org.axonframework.serialization.Revision;

/** A reconciliation decision: the line is these ledger postings, by this rule, with this score. */
@Revision("1")
public record StatementLineMatched(String statementKey, int lineNo, List<MatchedItem> items, String rule, int score,
                                  String differenceEntryId, boolean manual, String actor, String reason) {
}
