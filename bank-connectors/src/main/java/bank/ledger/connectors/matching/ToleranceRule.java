package bank.ledger.connectors.matching;

import java.util.List;
import java.util.Optional;

/**
 * The posting named by the line's identifiers, whose amount differs from the line's by a tolerated
 * amount: a bank fee deducted from a transfer, or an FX difference. What is tolerated, per currency, is
 * {@link ReconciliationTolerance}'s to say. The engine posts the difference to the mapping's difference account, so the bank account
 * in the ledger ends where the bank's does. Score 80: right payment, not the right amount.
 */
public final class ToleranceRule implements MatchRule {
    private final ReconciliationTolerance tolerance;

    public ToleranceRule(ReconciliationTolerance tolerance) {
        this.tolerance = tolerance;
    }

    @Override
    public String name() {
        return "tolerance";
    }

    @Override
    public Optional<Proposal> propose(OpenLine line, Candidates free) {
        LedgerItem best = null;
        for (LedgerItem item : free.named(line.endToEndId(), line.reference(), line.customerReference())) {
            if (Long.signum(item.openMinor()) == Long.signum(line.signedMinor()) && tolerated(line, item)
                    && (best == null || gap(line, item) < gap(line, best))) {
                best = item;
            }
        }
        return best == null ? Optional.empty() : Optional.of(Proposal.of(line, List.of(best), 80));
    }

    private boolean tolerated(OpenLine line, LedgerItem item) {
        return tolerance.tolerates(line.currency(), gap(line, item), item.openMinor());
    }

    private static long gap(OpenLine line, LedgerItem item) {
        return Math.abs(line.signedMinor() - item.openMinor());
    }
}
