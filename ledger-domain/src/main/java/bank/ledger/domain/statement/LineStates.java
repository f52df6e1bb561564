package bank.ledger.domain.statement;

import bank.ledger.domain.statement.api.MatchedItem;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The reconciliation state of a statement's lines, kept only for lines that have one: what a line is
 * matched to (and the difference entry of that match), the suspense entry it is parked with, and its
 * epoch (how often it was unmatched). Lines never decided cost nothing.
 */
final class LineStates {
    private final Map<Integer, List<MatchedItem>> matched = new HashMap<>();
    private final Map<Integer, String> differenceEntries = new HashMap<>();
    private final Map<Integer, String> suspenseEntries = new HashMap<>();
    private final Map<Integer, Integer> epochs = new HashMap<>();

    boolean isMatched(int lineNo) {
        return matched.containsKey(lineNo);
    }

    List<MatchedItem> items(int lineNo) {
        return matched.get(lineNo);
    }

    String differenceEntry(int lineNo) {
        return differenceEntries.get(lineNo);
    }

    String suspenseEntry(int lineNo) {
        return suspenseEntries.get(lineNo);
    }

    int epoch(int lineNo) {
        return epochs.getOrDefault(lineNo, 0);
    }

    /** Matched lines in line order, so a retirement unmatches them deterministically. */
    List<Integer> matchedLines() {
        return matched.keySet().stream().sorted().toList();
    }

    /** Suspended lines in line order. */
    List<Integer> suspendedLines() {
        return suspenseEntries.keySet().stream().sorted().toList();
    }

    void matched(int lineNo, List<MatchedItem> items, String differenceEntryId) {
        matched.put(lineNo, items);
        if (differenceEntryId != null) {
            differenceEntries.put(lineNo, differenceEntryId);
        }
        suspenseEntries.remove(lineNo); // a match reverses the suspense entry
    }

    void unmatched(int lineNo) {
        matched.remove(lineNo);
        differenceEntries.remove(lineNo);
        epochs.merge(lineNo, 1, Integer::sum);
    }

    void suspended(int lineNo, String suspenseEntryId) {
        suspenseEntries.put(lineNo, suspenseEntryId);
    }

    void suspenseReleased(int lineNo) {
        suspenseEntries.remove(lineNo);
    }
}
