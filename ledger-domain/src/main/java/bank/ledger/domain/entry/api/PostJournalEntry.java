package bank.ledger.domain.entry.api;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Posts a journal entry (or, with {@code pending}, records a hold). {@code entryId} is the client's
 * idempotency key: the same id with the same content answers the first result and posts nothing more.
 * {@code effectiveDate} may be null: the entry is then effective on the day it is recorded (UTC).
 * {@code fx} (may be empty) holds the rates of an entry that spans currencies (docs/currencies.md).
 */
public record PostJournalEntry(
        @TargetAggregateIdentifier String entryId,
        LocalDate effectiveDate,
        String description,
        boolean pending,
        List<PostingRequest> postings,
        Map<String, String> metadata,
        List<FxLeg> fx) {
    public PostJournalEntry {
        postings = postings == null ? List.of() : List.copyOf(postings);
        metadata = metadata == null ? Map.of() : Map.copyOf(metadata);
        fx = fx == null ? List.of() : java.util.Collections.unmodifiableList(new java.util.ArrayList<>(fx));
    }

    /** A single-currency entry (no exchange rate). */
    public PostJournalEntry(String entryId, LocalDate effectiveDate, String description, boolean pending,
                            List<PostingRequest> postings, Map<String, String> metadata) {
        this(entryId, effectiveDate, description, pending, postings, metadata, null);
    }
}
