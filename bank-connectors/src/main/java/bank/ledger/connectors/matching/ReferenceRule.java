package bank.ledger.connectors.matching;

import java.util.List;
import java.util.Optional;

/**
 * Exact identifiers: the payer's end-to-end id, or the bank's or customer's reference, equal to the
 * posting's {@code endToEndId} or {@code reference} metadata or to its journal entry id. Scores:
 * <ul>
 *   <li>100: one posting with exactly the line's amount open;</li>
 *   <li>95: several postings under the identifier that add up to the line (one transfer booked in parts);</li>
 *   <li>90: several lines naming one posting that add up to what is open of it (one invoice paid in
 *       instalments): they are decided together, each line taking its own amount of the posting.</li>
 * </ul>
 * A wrong amount under a right reference is left to a person (or the tolerance rule), and instalments
 * are matched only once all of them are there: a part payment alone could be anything.
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
        Optional<LedgerItem> exact = named.stream().filter(item -> item.openMinor() == line.signedMinor()).findFirst();
        if (exact.isPresent()) {
            return Optional.of(Proposal.of(line, List.of(exact.get()), 100));
        }
        long sum = 0;
        for (LedgerItem item : named) {
            sum = Math.addExact(sum, item.openMinor());
        }
        if (named.size() > 1 && sum == line.signedMinor()) {
            return Optional.of(Proposal.of(line, named, 95));
        }
        return named.stream().map(item -> instalments(line, item, free)).flatMap(Optional::stream).findFirst();
    }

    private static Optional<Proposal> instalments(OpenLine line, LedgerItem item, Candidates free) {
        if (Long.signum(item.openMinor()) != Long.signum(line.signedMinor())
                || Math.abs(item.openMinor()) <= Math.abs(line.signedMinor())) {
            return Optional.empty();
        }
        List<OpenLine> group = free.linesNaming(item);
        long sum = 0;
        for (OpenLine member : group) {
            if (Long.signum(member.signedMinor()) != Long.signum(item.openMinor())) {
                return Optional.empty();
            }
            sum = Math.addExact(sum, member.signedMinor());
        }
        if (group.size() < 2 || !group.contains(line) || sum != item.openMinor()) {
            return Optional.empty();
        }
        return Optional.of(new Proposal(group.stream()
                .map(member -> new Allocation(member, List.of(item.part(member.signedMinor())))).toList(), 90));
    }
}
