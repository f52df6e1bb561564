package bank.ledger.domain.entry.api;

import java.time.Instant;
import org.axonframework.serialization.Revision;

@Revision("1")
public record PendingJournalEntryVoided(String entryId, String reason, Instant recordedAt) {
}
