package bank.ledger.domain.entry.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.axonframework.serialization.Revision;

/** A balanced hold was recorded: its amounts are pending on every account it names. */
@Revision("1")
public record PendingJournalEntryRecorded(
        String entryId,
        LocalDate effectiveDate,
        String description,
        List<Posting> postings,
        Map<String, String> metadata,
        String requestFingerprint,
        Instant recordedAt) {
}
