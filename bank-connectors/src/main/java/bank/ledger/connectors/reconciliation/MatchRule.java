package bank.ledger.connectors.reconciliation;

import java.util.List;
import java.util.Optional;

/** One rule of the ordered rule book: proposes the postings a line is, with a score of 0..100, or nothing. */
public interface MatchRule {
    String name();

    Optional<Proposal> propose(OpenLine line, Candidates free);

    record Proposal(List<LedgerItem> items, int score) {
        public Proposal {
            items = List.copyOf(items);
        }
    }
}
