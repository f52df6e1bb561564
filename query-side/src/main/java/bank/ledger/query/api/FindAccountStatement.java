package bank.ledger.query.api;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One page of an account's statement for the effective dates {@code from}..{@code to} (inclusive), as the
 * books stood at {@code asKnownAt} (null: now). {@code after} is the key of the last line already seen
 * (null: the first page).
 */
public record FindAccountStatement(String accountId, LocalDate from, LocalDate to, Instant asKnownAt,
                                   LineKey after, int pageSize) {
    public static final int PAGE_SIZE_MAX = 500;
    public static final int PAGE_SIZE_DEFAULT = 100;
}
