package bank.ledger.query.api;

import bank.ledger.projections.readmodel.JournalEntryRow;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The journal: entries in effective-date order, every filter optional (an account among the postings,
 * effective dates, a correlation id, an entry metadata key with or without value, as known at).
 * {@code after} is the key of the last entry of the previous page.
 */
public record FindJournalEntries(String accountId, LocalDate from, LocalDate to, String correlationId,
                                 String metadataKey, String metadataValue, Instant asKnownAt, Key after,
                                 int pageSize) {
    public static final int PAGE_SIZE_MAX = 200;
    public static final int PAGE_SIZE_DEFAULT = 50;

    public record Key(LocalDate effectiveDate, String entryId) {
    }

    /** A page of the journal; {@code next} is null on the last page. */
    public record Page(List<JournalEntryRow> entries, Key next) {
    }
}
