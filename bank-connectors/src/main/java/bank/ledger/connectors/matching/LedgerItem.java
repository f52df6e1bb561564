package bank.ledger.connectors.matching;

import bank.ledger.domain.statement.api.MatchedItem;
import java.time.LocalDate;

/**
 * A ledger posting on a mapped bank account with something still open: {@code postingMinor} is the
 * whole posting, {@code openMinor} what no line has claimed yet (both signed from the bank's view).
 */
public record LedgerItem(String entryId, int postingIndex, long postingMinor, long openMinor, LocalDate effectiveDate,
                         String description, String endToEndId, String reference) {
    /** All that is open of the posting. */
    public Claims.Claim whole() {
        return part(openMinor);
    }

    /** The part of the posting one line accounts for. */
    public Claims.Claim part(long partMinor) {
        return new Claims.Claim(new MatchedItem(entryId, postingIndex, partMinor), postingMinor);
    }

    /** The same posting with {@code partMinor} less open. */
    LedgerItem less(long partMinor) {
        return new LedgerItem(entryId, postingIndex, postingMinor, openMinor - partMinor, effectiveDate, description,
                endToEndId, reference);
    }
}
