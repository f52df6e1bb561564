package bank.ledger.query.api;

/** An account's newest lines (at most {@link #LINES}), newest first: from Redis when it holds them all. */
public record FindRecentLines(String accountId) {
    /** The number of lines the hot-accounts projection keeps per account in Redis. */
    public static final int LINES = 20;
}
