package bank.ledger.domain.statement.api;

import java.util.List;

/**
 * A decision that a statement line is the ledger postings {@code items}, with the rule that made it
 * (or "manual") and its score (0..100). {@code differenceEntryId} names the journal entry that posted a
 * tolerated difference (fees, FX), or is null.
 */
public record LineMatch(int lineNo, List<MatchedItem> items, String rule, int score, String differenceEntryId) {
    public LineMatch {
        items = List.copyOf(items);
    }
}
