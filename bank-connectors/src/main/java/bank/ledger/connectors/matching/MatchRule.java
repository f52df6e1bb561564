package bank.ledger.connectors.matching;

import java.util.List;
import java.util.Optional;

/**
 * One rule of the ordered rule book: proposes which postings (or parts of them) a line is, with a score
 * of 0..100, or nothing. A proposal usually decides the one line; a rule that sees several lines sharing
 * one posting decides them together.
 */
public interface MatchRule {
    String name();

    Optional<Proposal> propose(OpenLine line, Candidates free);

    /** One line and the parts of postings it is. */
    record Allocation(OpenLine line, List<Claims.Claim> claims) {
        public Allocation {
            claims = List.copyOf(claims);
        }

        long claimedMinor() {
            return claims.stream().mapToLong(claim -> claim.part().signedMinor()).sum();
        }
    }

    record Proposal(List<Allocation> allocations, int score) {
        public Proposal {
            allocations = List.copyOf(allocations);
        }

        /** The line is all that is open of these postings. */
        static Proposal of(OpenLine line, List<LedgerItem> items, int score) {
            return new Proposal(List.of(new Allocation(line, items.stream().map(LedgerItem::whole).toList())), score);
        }
    }
}
