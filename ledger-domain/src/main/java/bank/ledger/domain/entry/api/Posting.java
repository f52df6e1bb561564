package bank.ledger.domain.entry.api;

/** One resolved line of a journal entry, in the account's currency and minor units. */
public record Posting(String accountId, Side side, long amountMinor, String currency) {
    public Posting reversed() {
        return new Posting(accountId, side.opposite(), amountMinor, currency);
    }
}
