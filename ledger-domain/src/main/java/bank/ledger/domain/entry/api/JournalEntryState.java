package bank.ledger.domain.entry.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * What the write side knows of an entry right after a command. {@code postedPostings} are the
 * amounts that became posted (equal to {@code postings} unless a hold was posted in part);
 * {@code replayed} is true when the command was an idempotent retry that changed nothing;
 * {@code fx} the exchange rates of an entry that spans currencies (empty otherwise).
 */
public record JournalEntryState(
        String entryId,
        EntryStatus status,
        LocalDate effectiveDate,
        String description,
        List<Posting> postings,
        List<Posting> postedPostings,
        Map<String, String> metadata,
        String reversalOf,
        String reversedBy,
        Instant recordedAt,
        boolean replayed,
        List<FxLeg> fx) {
    public JournalEntryState {
        fx = fx == null ? List.of() : fx;
    }

    /** A single-currency entry (no exchange rate). */
    public JournalEntryState(String entryId, EntryStatus status, LocalDate effectiveDate, String description,
                             List<Posting> postings, List<Posting> postedPostings, Map<String, String> metadata,
                             String reversalOf, String reversedBy, Instant recordedAt, boolean replayed) {
        this(entryId, status, effectiveDate, description, postings, postedPostings, metadata, reversalOf,
                reversedBy, recordedAt, replayed, null);
    }
}
