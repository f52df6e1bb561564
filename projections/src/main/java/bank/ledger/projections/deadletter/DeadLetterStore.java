package bank.ledger.projections.deadletter;

import bank.ledger.domain.text.StoredText;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.axonframework.common.DateTimeUtils;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Reads Axon's dead-letter table ({@code deadletterentry}, owned by the command side's V1_0) for operators,
 * and writes their decisions to {@code projection_dead_letter_decision}. Reading the table directly rather
 * than through the queue: listing must work for letters whose payload cannot even be deserialized.
 * {@code enqueuedat} is Axon's fixed-width ISO instant text, so it orders as text.
 */
@Component
public class DeadLetterStore {
    private static final String COLUMNS = "deadletteridentifier, processinggroup, eventidentifier, payloadtype, type, "
            + "aggregateidentifier, sequencenumber, sequenceidentifier, sequenceindex, causetype, causemessage, "
            + "enqueuedat, lasttouched";
    private final JdbcTemplate jdbc;

    public DeadLetterStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public long count(String group) {
        Long count = jdbc.queryForObject("select count(*) from deadletterentry where processinggroup = ?", Long.class,
                group);
        return count == null ? 0 : count;
    }

    /** The letter enqueued first, if any. */
    public Optional<DeadLetterView> oldest(String group) {
        return jdbc.query("select " + COLUMNS + " from deadletterentry where processinggroup = ? "
                + "order by enqueuedat, deadletteridentifier limit 1", DeadLetterStore::view, group).stream().findFirst();
    }

    /** Oldest first, after the letter enqueued at {@code afterEnqueuedAt} with id {@code afterId} (both or none). */
    public List<DeadLetterView> page(String group, String afterEnqueuedAt, String afterId, int size) {
        if (afterId == null) {
            return jdbc.query("select " + COLUMNS + " from deadletterentry where processinggroup = ? "
                    + "order by enqueuedat, deadletteridentifier limit ?", DeadLetterStore::view, group, size);
        }
        return jdbc.query("select " + COLUMNS + " from deadletterentry where processinggroup = ? "
                        + "and (enqueuedat, deadletteridentifier) > (?, ?) order by enqueuedat, deadletteridentifier limit ?",
                DeadLetterStore::view, group, afterEnqueuedAt, afterId, size);
    }

    public Optional<DeadLetterView> find(String group, String id) {
        return jdbc.query("select " + COLUMNS + " from deadletterentry where processinggroup = ? "
                + "and deadletteridentifier = ?", DeadLetterStore::view, group, id).stream().findFirst();
    }

    /** The event id of the first letter of the sequence: retries start there, to keep the sequence's order. */
    Optional<String> headEventId(String group, String sequenceId) {
        return jdbc.queryForList("select eventidentifier from deadletterentry where processinggroup = ? "
                + "and sequenceidentifier = ? order by sequenceindex limit 1", String.class, group, sequenceId)
                .stream().findFirst();
    }

    /** Whether a retry holds the letter's sequence right now (Axon's claim, released when the retry ends). */
    boolean beingProcessed(String group, String id, Instant claimedSince) {
        List<String> started = jdbc.queryForList("select processingstarted from deadletterentry "
                + "where processinggroup = ? and deadletteridentifier = ?", String.class, group, id);
        return !started.isEmpty() && started.get(0) != null
                && DateTimeUtils.parseInstant(started.get(0)).isAfter(claimedSince);
    }

    /** Removes the letter; false if it was gone already. */
    boolean delete(String group, String id) {
        return jdbc.update("delete from deadletterentry where processinggroup = ? and deadletteridentifier = ?",
                group, id) == 1;
    }

    void record(DeadLetterView letter, Decision decision) {
        jdbc.update("""
                insert into projection_dead_letter_decision (processing_group, dead_letter_id, event_id, event_type,
                    aggregate_id, sequence_number, decision, outcome, reason, cause, decided_by, decided_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                StoredText.args(letter.group(), letter.id(), letter.eventId(), letter.eventType(), letter.aggregateId(),
                        letter.sequenceNumber(), decision.decision(), decision.outcome(), decision.reason(),
                        decision.cause(), decision.decidedBy(), Timestamp.from(decision.decidedAt())));
    }

    private static DeadLetterView view(ResultSet rs, int row) throws SQLException {
        long number = rs.getLong("sequencenumber");
        Long sequenceNumber = rs.wasNull() ? null : number;
        return new DeadLetterView(rs.getString("deadletteridentifier"), rs.getString("processinggroup"),
                rs.getString("eventidentifier"), rs.getString("payloadtype"), rs.getString("type"),
                rs.getString("aggregateidentifier"), sequenceNumber,
                rs.getString("sequenceidentifier"), rs.getLong("sequenceindex"), rs.getString("causetype"),
                rs.getString("causemessage"), instant(rs.getString("enqueuedat")), instant(rs.getString("lasttouched")));
    }

    private static Instant instant(String text) {
        return text == null ? null : DateTimeUtils.parseInstant(text);
    }
}
