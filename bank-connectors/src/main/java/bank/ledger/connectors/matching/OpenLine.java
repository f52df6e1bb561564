package bank.ledger.connectors.matching;

import java.time.LocalDate;
import java.util.List;

/**
 * A statement line still waiting for its ledger postings (open, or parked on suspense), as of its
 * {@code epoch}: how often it was unmatched, which the entries posted for it carry in their ids.
 */
public record OpenLine(String statementKey, int lineNo, String ledgerAccountId, long signedMinor, String currency,
                       LocalDate bookingDate, LocalDate valueDate, String reference, String customerReference,
                       String endToEndId, String counterparty, String description, String suspenseEntryId,
                       int epoch) {
    /** The day the money moved: the value date when the bank gave one. */
    public LocalDate date() {
        return valueDate != null ? valueDate : bookingDate;
    }

    /** What may name its posting: the end-to-end id, the bank's and the customer's reference, where given. */
    public List<String> identifiers() {
        return Candidates.identifiers(endToEndId, reference, customerReference);
    }
}
