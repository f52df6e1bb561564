package bank.ledger.domain.statement.api;

/**
 * One ledger posting a statement line is matched to: the journal entry, the posting's index in it, and
 * its amount signed from the bank account's view (a debit of the mapped asset account is positive).
 */
public record MatchedItem(String entryId, int postingIndex, long signedMinor) {
}
