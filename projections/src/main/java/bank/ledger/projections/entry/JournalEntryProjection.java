package bank.ledger.projections.entry;

import static bank.ledger.projections.readmodel.JournalEntryTable.*;

import bank.ledger.domain.entry.api.FxLeg;
import bank.ledger.domain.entry.api.JournalEntryPosted;
import bank.ledger.domain.entry.api.JournalEntryReversed;
import bank.ledger.domain.entry.api.PendingJournalEntryPosted;
import bank.ledger.domain.entry.api.PendingJournalEntryRecorded;
import bank.ledger.domain.entry.api.PendingJournalEntryVoided;
import bank.ledger.domain.text.StoredText;
import bank.ledger.projections.Json;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import bank.ledger.projections.support.BatchedWrites;
import bank.ledger.projections.support.JdbcWrites;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.springframework.context.annotation.Profile;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Read model {@code rm_journal_entry}: each entry's status, lines and rates ({@code fx}). Idempotent through the
 * aggregate sequence number, like every projection here.
 */
@Component
@Profile("projections")
@ProcessingGroup(JournalEntryProjection.PROCESSING_GROUP)
public class JournalEntryProjection implements BatchedWrites.Projection {
    public static final String PROCESSING_GROUP = "journal-entries";
    /** Only an event newer than the row changes it: parameters entry id and sequence. */
    private static final String GUARD = ENTRY_ID + " = ? and " + LAST_SEQUENCE + " < ?";
    private final JdbcTemplate jdbc;
    private final JdbcWrites writes;

    public JournalEntryProjection(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        this.writes = new JdbcWrites(jdbc, PROCESSING_GROUP);
    }

    @EventHandler
    void on(JournalEntryPosted event, @SequenceNumber long sequence) {
        insert(event.entryId(), "POSTED", event.effectiveDate(), event.description(), event.postings(),
                event.postings(), event.metadata(), event.reversalOf(), event.fx(), event.recordedAt(), sequence);
    }

    @EventHandler
    void on(PendingJournalEntryRecorded event, @SequenceNumber long sequence) {
        insert(event.entryId(), "PENDING", event.effectiveDate(), event.description(), event.postings(),
                List.of(), event.metadata(), null, null, event.recordedAt(), sequence);
    }

    @EventHandler
    void on(PendingJournalEntryPosted event, @SequenceNumber long sequence) {
        writes.update("update " + TABLE + " set " + STATUS + " = 'POSTED', " + POSTED_POSTINGS + " = ?::jsonb, "
                        + UPDATED_AT + " = ?, " + LAST_SEQUENCE + " = ? where " + GUARD,
                Json.write(event.postedPostings()), at(event.recordedAt()), sequence, event.entryId(), sequence);
    }

    @EventHandler
    void on(PendingJournalEntryVoided event, @SequenceNumber long sequence) {
        writes.update("update " + TABLE + " set " + STATUS + " = 'VOIDED', " + UPDATED_AT + " = ?, " + LAST_SEQUENCE
                + " = ? where " + GUARD, at(event.recordedAt()), sequence, event.entryId(), sequence);
    }

    @EventHandler
    void on(JournalEntryReversed event, @SequenceNumber long sequence) {
        writes.update("update " + TABLE + " set " + REVERSED_BY + " = ?, " + UPDATED_AT + " = ?, " + LAST_SEQUENCE
                        + " = ? where " + GUARD,
                event.reversalEntryId(), at(event.recordedAt()), sequence, event.entryId(), sequence);
    }

    @Override
    public BatchedWrites<?> writes() {
        return writes.batched();
    }

    @ResetHandler
    void reset() {
        jdbc.update("delete from " + TABLE);
    }

    private void insert(String entryId, String status, LocalDate effectiveDate, String description,
                        Object postings, Object postedPostings, Map<String, String> metadata, String reversalOf,
                        List<FxLeg> fx, Instant recordedAt, long sequence) {
        writes.update("insert into " + TABLE + " (" + String.join(", ", ENTRY_ID, STATUS, EFFECTIVE_DATE, DESCRIPTION,
                        POSTINGS, POSTED_POSTINGS, METADATA, REVERSAL_OF, RECORDED_AT, UPDATED_AT, LAST_SEQUENCE, FX)
                        + ") values (?, ?, ?, ?, ?::jsonb, ?::jsonb, ?::jsonb, ?, ?, ?, ?, ?::jsonb) on conflict (" + ENTRY_ID
                        + ") do nothing",
                StoredText.args(entryId, status, effectiveDate, description, Json.write(postings),
                        Json.write(postedPostings), Json.write(metadata), reversalOf, at(recordedAt), at(recordedAt),
                        sequence, Json.write(fx == null ? List.of() : fx)));
    }

    private static Timestamp at(Instant instant) {
        return Timestamp.from(instant);
    }
}
