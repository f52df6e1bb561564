package bank.ledger.connectors.ingestion;

import java.util.Collection;
import java.util.List;

/**
 * The payments out the ledger sent to the bank (batched, accepted or settled; never rejected ones) from
 * the bank account a ledger account mirrors, by the end-to-end id the pain.001 carried. Implemented by
 * the payments slice (which knows ingestion, not the reverse); {@link #NONE} where payments are off.
 */
public interface SentPayments {
    SentPayments NONE = (ledgerAccountId, identifiers) -> List.of();

    /** The sent payments whose end-to-end id is one of {@code identifiers}. */
    List<Sent> named(String ledgerAccountId, Collection<String> identifiers);

    /** {@code amountMinor} positive: what the bank should debit. */
    record Sent(String paymentId, String endToEndId, String holdEntryId, long amountMinor, String currency,
                String status) {
        /** The line is this payment's debit: same amount (as a debit) in the same currency. */
        public boolean isDebitedBy(long lineSignedMinor, String lineCurrency) {
            return lineSignedMinor == -amountMinor && currency.equals(lineCurrency);
        }
    }
}
