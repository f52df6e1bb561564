package bank.ledger.domain.statement.api;

/**
 * One ledger posting a statement line is matched to: the journal entry, the posting's index in it, and
 * the part of the posting the line accounts for, signed from the bank account's view (a debit of the
 * mapped asset account is positive). The part is the whole posting unless several lines share it (one
 * invoice paid in instalments).
 */
public record MatchedItem(String entryId, int postingIndex, long signedMinor) {
}
