package bank.ledger.domain.statement.api;

import java.util.List;
import org.axonframework.serialization.Revision;

/**
 * A match was undone; {@code items} are the postings it had claimed, now free again, and
 * {@code differenceEntryId} the tolerated-difference entry of that match, now to be reversed, or null.
 */
@Revision("1")
public record StatementLineUnmatched(String statementKey, int lineNo, List<MatchedItem> items, String actor,
                                     String reason, String differenceEntryId) {
    /** The actor of the unmatches the ledger makes itself (retired intraday reports). */
    public static final String SYSTEM_ACTOR = "system";
}
