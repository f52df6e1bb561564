package bank.ledger.domain.entry.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.axonframework.serialization.Revision;

/**
 * A balanced entry was posted. {@code reversalOf} names the entry it reverses, or is null. {@code fx}
 * holds the exchange rates of an entry that spans currencies; it was added later as a nullable last
 * field: events stored before it read back with null (no rate), so the revision stays "1".
 */
@Revision("1")
public record JournalEntryPosted(
        String entryId,
        LocalDate effectiveDate,
        String description,
        List<Posting> postings,
        Map<String, String> metadata,
        String reversalOf,
        String requestFingerprint,
        Instant recordedAt,
        List<FxLeg> fx) {

    /** A single-currency entry (no exchange rate). */
    public JournalEntryPosted(String entryId, LocalDate effectiveDate, String description, List<Posting> postings,
                              Map<String, String> metadata, String reversalOf, String requestFingerprint,
                              Instant recordedAt) {
        this(entryId, effectiveDate, description, postings, metadata, reversalOf, requestFingerprint, recordedAt,
                null);
    }
}
