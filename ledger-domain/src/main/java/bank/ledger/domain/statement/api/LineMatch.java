package bank.ledger.domain.statement.api;

import java.util.List;

/**
 * A decision that a statement line is the ledger postings {@code items} (each the part of a posting the
 * line accounts for), with the rule that made it (or "manual") and its score (0..100).
 * {@code differenceEntryId} names the journal entry that posted a tolerated difference (fees, FX), or is
 * null. {@code epoch} is how often the line had been unmatched when the decision was taken: a decision
 * about an older state of the line is not recorded. A person decides on the line as it is now
 * ({@link #ANY_EPOCH}): a matched line is refused anyway, and what they saw is their call.
 */
public record LineMatch(int lineNo, List<MatchedItem> items, String rule, int score, String differenceEntryId,
                        int epoch) {
    public static final int ANY_EPOCH = -1;

    public LineMatch {
        items = List.copyOf(items);
    }
}
