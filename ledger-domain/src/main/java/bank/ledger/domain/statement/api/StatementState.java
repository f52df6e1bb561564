package bank.ledger.domain.statement.api;

import java.util.List;

/**
 * What the write side answers about a statement; {@code duplicate} when it had been received before.
 * {@code skippedLines}: the lines of a match command that were not recorded because they had changed
 * meanwhile (matched by someone else, or unmatched since the decision), so the sender can undo what it
 * prepared for them.
 */
public record StatementState(String statementKey, int lineCount, int linesDone, boolean superseded,
                             boolean duplicate, List<Integer> skippedLines) {
    public StatementState {
        skippedLines = List.copyOf(skippedLines);
    }
}
