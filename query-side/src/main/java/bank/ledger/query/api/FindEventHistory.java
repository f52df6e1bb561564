package bank.ledger.query.api;

/**
 * One page of an account's or a journal entry's events from the event store, oldest first, after
 * aggregate sequence number {@code afterSequence} (-1: from the start). {@code aggregateType} is
 * {@code Account} or {@code JournalEntry}: an id of the other kind is not found.
 */
public record FindEventHistory(String aggregateType, String aggregateId, long afterSequence, int pageSize) {
    public static final int PAGE_SIZE_MAX = 500;
    public static final int PAGE_SIZE_DEFAULT = 100;
}
