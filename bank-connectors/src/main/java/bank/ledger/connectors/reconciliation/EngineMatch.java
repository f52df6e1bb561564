package bank.ledger.connectors.reconciliation;

import bank.ledger.domain.statement.api.LineMatch;
import java.util.List;

/**
 * A decision about to be recorded: the line, the match, the claims it needs, and the tolerated
 * difference (line minus postings, bank view) with the account that takes it, or zero and null.
 */
public record EngineMatch(OpenLine line, LineMatch match, List<Claims.Claim> claims, long differenceMinor,
                          String differenceAccountId) {
    public EngineMatch {
        claims = List.copyOf(claims);
    }

    /** The match of an allocation, with the difference entry named only when there is a difference. */
    static EngineMatch of(MatchRule.Allocation allocation, String rule, int score, String differenceAccountId) {
        OpenLine line = allocation.line();
        long difference = line.signedMinor() - allocation.claimedMinor();
        LineMatch match = new LineMatch(line.lineNo(), allocation.claims().stream().map(Claims.Claim::part).toList(),
                rule, score, difference == 0 ? null : LineEntries.entryId("diff", line), line.epoch());
        return new EngineMatch(line, match, allocation.claims(), difference, difference == 0 ? null : differenceAccountId);
    }
}
