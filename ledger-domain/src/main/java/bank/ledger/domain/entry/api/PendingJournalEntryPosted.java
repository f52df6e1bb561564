package bank.ledger.domain.entry.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.axonframework.serialization.Revision;

/**
 * A hold was posted: {@code postedPostings} moved from pending to posted; whatever else the hold
 * had was released.
 */
@Revision("1")
public record PendingJournalEntryPosted(
        String entryId,
        LocalDate effectiveDate,
        List<Posting> postedPostings,
        String requestFingerprint,
        Instant recordedAt) {
}
