package bank.ledger.connectors.reconciliation;

import java.util.List;
import java.util.Optional;

/**
 * Exact identifiers: the payer's end-to-end id, or the bank's or customer's reference, equal to the
 * posting's {@code endToEndId} or {@code reference} metadata or to its journal entry id. One posting of
 * the line's amount scores 100; several postings under that identifier whose sum is the line's amount
 * (one transfer booked in parts) score 95. A wrong amount under a right reference is left to a person.
 */
public final class ReferenceRule implements MatchRule {
    @Override
    public String name() {
        return "reference";
    }

    @Override
    public Optional<Proposal> propose(OpenLine line, Candidates free) {
        List<LedgerItem> named = free.named(line.endToEndId(), line.reference(), line.customerReference());
        if (named.isEmpty()) {
            return Optional.empty();
        }
        Optional<LedgerItem> exact = named.stream().filter(item -> item.signedMinor() == line.signedMinor()).findFirst();
        if (exact.isPresent()) {
            return Optional.of(new Proposal(List.of(exact.get()), 100));
        }
        long sum = 0;
        for (LedgerItem item : named) {
            sum = Math.addExact(sum, item.signedMinor());
        }
        return named.size() > 1 && sum == line.signedMinor() ? Optional.of(new Proposal(named, 95)) : Optional.empty();
    }
}
