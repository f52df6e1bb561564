package bank.ledger.domain.entry.api;

import java.time.Instant;
import org.axonframework.serialization.Revision;

/** The original entry's side of a reversal: it now points at the entry that reverses it. */
@Revision("1")
public record JournalEntryReversed(String entryId, String reversalEntryId, Instant recordedAt) {
}
