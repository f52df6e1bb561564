package bank.ledger.domain.entry.api;

import java.time.LocalDate;
import java.util.Map;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Corrects a posted entry by a new entry with every line on the other side, linked to the original.
 * {@code reversalEntryId} is the new entry's id and the idempotency key of this request.
 */
public record ReverseJournalEntry(
        @TargetAggregateIdentifier String entryId,
        String reversalEntryId,
        LocalDate effectiveDate,
        String description,
        Map<String, String> metadata) {
    public ReverseJournalEntry {
        metadata = metadata == null ? Map.of() : Map.copyOf(metadata);
    }
}
