package bank.ledger.domain.statement.api;

import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Records match decisions. From the engine ({@code manual} false) a line matched meanwhile is skipped;
 * a manual match of a matched line is refused (unmatch first). {@code actor} and {@code reason} are
 * required for manual decisions, an override being an unmatch followed by a manual match.
 */
public record MatchStatementLines(
        @TargetAggregateIdentifier String statementKey,
        List<LineMatch> matches,
        boolean manual,
        String actor,
        String reason) {
    /** The reason of a person's decision, a match or an unmatch (kept in the event for auditors). */
    public static final int REASON_LENGTH_MAX = 500;

    public MatchStatementLines {
        matches = List.copyOf(matches);
    }
}
