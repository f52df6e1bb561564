package bank.ledger.command.entry;

import bank.ledger.domain.entry.api.FxLeg;
import bank.ledger.domain.entry.api.PostJournalEntry;
import bank.ledger.domain.entry.api.PostPendingEntry;
import bank.ledger.domain.entry.api.PostingRequest;
import bank.ledger.domain.entry.api.ReverseJournalEntry;
import bank.ledger.domain.entry.api.VoidPendingEntry;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** The JSON bodies of the journal-entry commands. */
final class JournalEntryRequests {
    private JournalEntryRequests() {
    }

    /** Body of {@code POST /api/v1/journal-entries}; {@code id} is the idempotency key and required. */
    record PostEntry(String id, LocalDate effectiveDate, String description, Boolean pending,
                     List<PostingRequest> postings, Map<String, String> metadata, List<FxLeg> fx) {
        PostJournalEntry toCommand() {
            return new PostJournalEntry(id, effectiveDate, description, Boolean.TRUE.equals(pending), postings,
                    metadata, fx);
        }
    }

    /** Body of {@code POST .../{id}/post}: no postings posts the whole hold. */
    record PostHold(List<PostingRequest> postings, LocalDate effectiveDate) {
        static PostPendingEntry toCommand(String entryId, PostHold body) {
            return body == null ? new PostPendingEntry(entryId, List.of(), null)
                    : new PostPendingEntry(entryId, body.postings(), body.effectiveDate());
        }
    }

    record VoidHold(String reason) {
        static VoidPendingEntry toCommand(String entryId, VoidHold body) {
            return new VoidPendingEntry(entryId, body == null ? null : body.reason());
        }
    }

    /** Body of {@code POST .../{id}/reverse}; {@code id} names the reversing entry and is required. */
    record Reverse(String id, LocalDate effectiveDate, String description, Map<String, String> metadata) {
        ReverseJournalEntry toCommand(String entryId) {
            return new ReverseJournalEntry(entryId, id, effectiveDate, description, metadata);
        }
    }
}
