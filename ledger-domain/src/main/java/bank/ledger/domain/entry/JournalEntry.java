package bank.ledger.domain.entry;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import bank.ledger.domain.entry.api.EntryStatus;
import bank.ledger.domain.entry.api.FxLeg;
import bank.ledger.domain.entry.api.JournalEntryPosted;
import bank.ledger.domain.entry.api.JournalEntryReversed;
import bank.ledger.domain.entry.api.JournalEntryState;
import bank.ledger.domain.entry.api.PendingJournalEntryPosted;
import bank.ledger.domain.entry.api.PendingJournalEntryRecorded;
import bank.ledger.domain.entry.api.PendingJournalEntryVoided;
import bank.ledger.domain.entry.api.Posting;
import bank.ledger.domain.refusal.LedgerRefusal;
import bank.ledger.domain.refusal.RefusalCode;
import com.fasterxml.jackson.annotation.JsonAutoDetect;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;

/**
 * A journal entry's life: recorded (posted, or pending), then for a hold posted or voided, and for a
 * posted entry possibly reversed by another entry. Its id is the client's idempotency key; the
 * fingerprints of the requests that changed it let a retry be told apart from a conflicting request.
 */
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY)
public class JournalEntry {
    @AggregateIdentifier
    private String entryId;
    private EntryStatus status;
    private LocalDate effectiveDate;
    private String description;
    private List<Posting> postings;
    private List<Posting> postedPostings;
    private Map<String, String> metadata;
    private String reversalOf;
    private String reversedBy;
    private String requestFingerprint;
    private String postFingerprint;
    private Instant recordedAt;
    private List<FxLeg> fx;

    protected JournalEntry() {
        // for Axon: rebuilt from events
    }

    /** Records a new entry: posted at once, or pending (a hold). */
    JournalEntry(NewEntry entry) {
        if (entry.pending()) {
            apply(new PendingJournalEntryRecorded(entry.entryId(), entry.effectiveDate(), entry.description(),
                    entry.postings(), entry.metadata(), entry.fingerprint(), entry.recordedAt()));
        } else {
            apply(new JournalEntryPosted(entry.entryId(), entry.effectiveDate(), entry.description(),
                    entry.postings(), entry.metadata(), entry.reversalOf(), entry.fingerprint(),
                    entry.recordedAt(), entry.fx().isEmpty() ? null : entry.fx()));
        }
    }

    /** What a new entry is made of, after resolution against its accounts. */
    record NewEntry(String entryId, LocalDate effectiveDate, String description, boolean pending,
                    List<Posting> postings, Map<String, String> metadata, String reversalOf,
                    String fingerprint, Instant recordedAt, List<FxLeg> fx) {
        NewEntry {
            fx = fx == null ? List.of() : fx;
        }
    }

    void post(List<Posting> posted, LocalDate postedEffectiveDate, String fingerprint, Instant at) {
        requirePending();
        apply(new PendingJournalEntryPosted(entryId, postedEffectiveDate, posted, fingerprint, at));
    }

    void voidHold(String reason, Instant at) {
        requirePending();
        apply(new PendingJournalEntryVoided(entryId, reason, at));
    }

    void markReversed(String reversalEntryId, Instant at) {
        requireReversible();
        apply(new JournalEntryReversed(entryId, reversalEntryId, at));
    }

    void requirePending() {
        switch (status) {
            case PENDING -> { }
            case POSTED -> throw LedgerRefusal.of(RefusalCode.ENTRY_ALREADY_POSTED, null,
                    "entry " + entryId + " is already posted");
            case VOIDED -> throw LedgerRefusal.of(RefusalCode.ENTRY_ALREADY_VOIDED, null,
                    "entry " + entryId + " is voided");
        }
    }

    void requireReversible() {
        if (status != EntryStatus.POSTED) {
            throw LedgerRefusal.of(RefusalCode.ENTRY_NOT_POSTED, null,
                    "entry " + entryId + " is " + status + "; only posted entries are reversed");
        }
        if (reversedBy != null) {
            throw LedgerRefusal.of(RefusalCode.ENTRY_ALREADY_REVERSED, null,
                    "entry " + entryId + " is already reversed by " + reversedBy);
        }
    }

    EntryStatus status() {
        return status;
    }

    List<Posting> postings() {
        return postings;
    }

    List<Posting> postedPostings() {
        return postedPostings;
    }

    LocalDate effectiveDate() {
        return effectiveDate;
    }

    String description() {
        return description;
    }

    String requestFingerprint() {
        return requestFingerprint;
    }

    String postFingerprint() {
        return postFingerprint;
    }

    List<FxLeg> fx() {
        return fx == null ? List.of() : fx;
    }

    String reversedBy() {
        return reversedBy;
    }

    public JournalEntryState state(boolean replayed) {
        return new JournalEntryState(entryId, status, effectiveDate, description, postings, postedPostings,
                metadata, reversalOf, reversedBy, recordedAt, replayed, fx());
    }

    @EventSourcingHandler
    void on(JournalEntryPosted event) {
        record(event.entryId(), event.effectiveDate(), event.description(), event.postings(), event.metadata(),
                event.requestFingerprint(), event.recordedAt());
        status = EntryStatus.POSTED;
        postedPostings = event.postings();
        reversalOf = event.reversalOf();
        fx = event.fx();
    }

    @EventSourcingHandler
    void on(PendingJournalEntryRecorded event) {
        record(event.entryId(), event.effectiveDate(), event.description(), event.postings(), event.metadata(),
                event.requestFingerprint(), event.recordedAt());
        status = EntryStatus.PENDING;
        postedPostings = List.of();
    }

    @EventSourcingHandler
    void on(PendingJournalEntryPosted event) {
        status = EntryStatus.POSTED;
        postedPostings = event.postedPostings();
        postFingerprint = event.requestFingerprint();
    }

    @EventSourcingHandler
    void on(PendingJournalEntryVoided event) {
        status = EntryStatus.VOIDED;
    }

    @EventSourcingHandler
    void on(JournalEntryReversed event) {
        reversedBy = event.reversalEntryId();
    }

    private void record(String id, LocalDate date, String text, List<Posting> lines, Map<String, String> meta,
                        String fingerprint, Instant at) {
        entryId = id;
        effectiveDate = date;
        description = text;
        postings = lines;
        metadata = meta;
        requestFingerprint = fingerprint;
        recordedAt = at;
    }
}
