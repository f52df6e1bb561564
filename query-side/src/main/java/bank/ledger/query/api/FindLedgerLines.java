package bank.ledger.query.api;

import java.time.Instant;
import java.time.LocalDate;

/**
 * General-ledger lines (posted movements) in effective-date order, every filter optional: one account,
 * effective dates {@code from}..{@code to}, a correlation id, an entry metadata key (with or without a
 * value), as known at a recorded time. {@code after} is the key of the last line of the previous page.
 */
public record FindLedgerLines(String accountId, LocalDate from, LocalDate to, String correlationId,
                              String metadataKey, String metadataValue, Instant asKnownAt, Key after,
                              int pageSize) {
    public static final int PAGE_SIZE_MAX = 500;
    public static final int PAGE_SIZE_DEFAULT = 100;

    /** Position of a line in the general ledger: effective date, account, the account's sequence number. */
    public record Key(LocalDate effectiveDate, String accountId, long sequence) {
    }
}
