package bank.ledger.connectors.matching;

import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

/**
 * Same amount, effective within {@code windowDays} of the line's value date. The nearest posting wins;
 * a tie between two equally near postings is ambiguous and left open for a person (or a later, more
 * specific rule), because guessing would match the wrong customer. Score: 90 on the same day, minus 10
 * per day apart.
 */
public final class AmountDateRule implements MatchRule {
    private final int windowDays;

    public AmountDateRule(int windowDays) {
        this.windowDays = windowDays;
    }

    @Override
    public String name() {
        return "amount-date";
    }

    @Override
    public Optional<Proposal> propose(OpenLine line, Candidates free) {
        if (line.date() == null) {
            return Optional.empty();
        }
        LedgerItem best = null;
        long bestDistance = Long.MAX_VALUE;
        boolean tie = false;
        for (LedgerItem item : free.withAmount(line.signedMinor())) {
            long distance = Math.abs(ChronoUnit.DAYS.between(line.date(), item.effectiveDate()));
            if (distance > windowDays) {
                continue;
            }
            if (distance < bestDistance) {
                best = item;
                bestDistance = distance;
                tie = false;
            } else if (distance == bestDistance) {
                tie = true;
            }
        }
        if (best == null || tie) {
            return Optional.empty();
        }
        return Optional.of(Proposal.of(line, List.of(best), (int) Math.max(10, 90 - 10 * bestDistance)));
    }
}
