package bank.ledger.domain.entry.api;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Posts a journal entry (or, with {@code pending}, records a hold). {@code entryId} is the client's
 * idempotency key: the same id with the same content answers the first result and posts nothing more.
 * {@code effectiveDate} may be null: the entry is then effective on the day it is recorded (UTC).
 */
public record PostJournalEntry(
        @TargetAggregateIdentifier String entryId,
        LocalDate effectiveDate,
        String description,
        boolean pending,
        List<PostingRequest> postings,
        Map<String, String> metadata) {
    public PostJournalEntry {
        postings = postings == null ? List.of() : List.copyOf(postings);
        metadata = metadata == null ? Map.of() : Map.copyOf(metadata);
    }
}
