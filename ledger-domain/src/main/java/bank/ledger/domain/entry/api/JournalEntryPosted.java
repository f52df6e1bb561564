package bank.ledger.domain.entry.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.axonframework.serialization.Revision;

/** A balanced entry was posted. {@code reversalOf} names the entry it reverses, or is null. */
@Revision("1")
public record JournalEntryPosted(
        String entryId,
        LocalDate effectiveDate,
        String description,
        List<Posting> postings,
        Map<String, String> metadata,
        String reversalOf,
        String requestFingerprint,
        Instant recordedAt) {
}
