package bank.ledger.connectors.matching;

import bank.ledger.domain.statement.api.LineMatch;
import java.util.List;
import java.util.UUID;

/**
 * A decision about to be recorded: the line, the match, the claims it needs, and the tolerated
 * difference (line minus postings, bank view) with the account that takes it, or zero and null.
 */
public record EngineMatch(OpenLine line, LineMatch match, List<Claims.Claim> claims, long differenceMinor,
                          String differenceAccountId) {
    public EngineMatch {
        claims = List.copyOf(claims);
    }

    /**
     * The engine's match of an allocation, decided on the line's epoch, with the difference entry named
     * (after the line and its epoch, so a retried pass posts it once) only when there is a difference.
     */
    static EngineMatch of(MatchRule.Allocation allocation, String rule, int score, String differenceAccountId) {
        OpenLine line = allocation.line();
        return of(allocation, rule, score, differenceAccountId, LineEntries.entryId("diff", line), line.epoch());
    }

    /**
     * A person's match: decided on the line as it is now (the read model may not show their unmatch of
     * a moment ago yet), so its difference entry gets an id of its own, not one derived from the epoch.
     */
    public static EngineMatch manual(MatchRule.Allocation allocation, String differenceAccountId) {
        String differenceEntryId = LineEntries.entryId("diff", allocation.line()) + "-m"
                + UUID.randomUUID().toString().substring(0, 8);
        return of(allocation, "manual", 100, differenceAccountId, differenceEntryId, LineMatch.ANY_EPOCH);
    }

    private static EngineMatch of(MatchRule.Allocation allocation, String rule, int score, String differenceAccountId,
                                  String differenceEntryId, int epoch) {
        OpenLine line = allocation.line();
        long difference = line.signedMinor() - allocation.claimedMinor();
        LineMatch match = new LineMatch(line.lineNo(), allocation.claims().stream().map(Claims.Claim::part).toList(),
                rule, score, difference == 0 ? null : differenceEntryId, epoch);
        return new EngineMatch(line, match, allocation.claims(), difference, difference == 0 ? null : differenceAccountId);
    }
}
