package bank.ledger.connectors.reconciliation;

import bank.ledger.domain.statement.api.MatchedItem;
import java.time.LocalDate;

/** A ledger posting on a mapped bank account that no line has claimed yet. */
public record LedgerItem(String entryId, int postingIndex, long signedMinor, LocalDate effectiveDate,
                         String description, String endToEndId, String reference) {
    public MatchedItem matched() {
        return new MatchedItem(entryId, postingIndex, signedMinor);
    }
}
