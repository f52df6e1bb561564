package bank.ledger.app.schedule;

import bank.ledger.domain.schedule.Occurrences;
import bank.ledger.domain.schedule.api.ScheduleCancelled;
import bank.ledger.domain.schedule.api.ScheduleCreated;
import bank.ledger.domain.schedule.api.ScheduleKind;
import bank.ledger.domain.schedule.api.SchedulePaused;
import bank.ledger.domain.schedule.api.ScheduleResumed;
import bank.ledger.domain.schedule.api.ScheduleRunRecorded;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.springframework.context.annotation.Profile;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Read models {@code rm_schedule} and {@code rm_schedule_run}: each schedule with its next occurrence
 * (computed by the domain's {@link Occurrences} from the definition), and its run history. Idempotent:
 * a schedule row changes only for a newer aggregate sequence, a run row is keyed by its occurrence.
 */
@Component
@Profile("projections")
@ProcessingGroup(ScheduleProjection.PROCESSING_GROUP)
public class ScheduleProjection {
    public static final String PROCESSING_GROUP = "schedules";
    private static final String GUARD = " where schedule_id = ? and last_sequence < ?";
    private final JdbcTemplate jdbc;

    public ScheduleProjection(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(ScheduleCreated event, @SequenceNumber long sequence, @MetaDataValue("actor") String actor) {
        Next next = next(event.kind(), new ScheduleJson.Definition(event.recurrence(), event.calendar(),
                event.postings(), event.interest()), 0);
        jdbc.update("insert into rm_schedule (schedule_id, kind, status, description, definition, next_occurrence,"
                        + " next_period_key, next_due_on, created_at, created_by, updated_at, last_sequence)"
                        + " values (?, ?, 'ACTIVE', ?, ?::jsonb, 0, ?, ?, ?, ?, ?, ?) on conflict (schedule_id) do nothing",
                event.scheduleId(), event.kind().name(), event.description(),
                ScheduleJson.write(new ScheduleJson.Definition(event.recurrence(), event.calendar(), event.postings(),
                        event.interest())), next.periodKey(), date(next.dueOn()), at(event.recordedAt()), actor,
                at(event.recordedAt()), sequence);
    }

    @EventHandler
    void on(ScheduleRunRecorded event, @SequenceNumber long sequence, @MetaDataValue("actor") String actor,
            @MetaDataValue("channel") String channel) {
        jdbc.update("insert into rm_schedule_run (schedule_id, occurrence, period_key, effective_date, entry_id,"
                        + " skip_reason, amount, carry, recorded_at, actor, channel) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
                        + " on conflict (schedule_id, occurrence) do nothing",
                event.scheduleId(), event.occurrence(), event.periodKey(), date(event.effectiveDate()), event.entryId(),
                event.skipReason(), event.amount(), event.carry(), at(event.recordedAt()), actor, channel);
        List<Row> rows = jdbc.query("select kind, definition::text from rm_schedule where schedule_id = ?",
                (rs, i) -> new Row(ScheduleKind.valueOf(rs.getString(1)), ScheduleJson.read(rs.getString(2))),
                event.scheduleId());
        if (rows.isEmpty()) {
            return;
        }
        Next next = next(rows.get(0).kind(), rows.get(0).definition(), event.occurrence() + 1);
        jdbc.update("update rm_schedule set next_occurrence = ?, next_period_key = ?, next_due_on = ?, updated_at = ?,"
                        + " last_sequence = ?" + GUARD, event.occurrence() + 1, next.periodKey(), date(next.dueOn()),
                at(event.recordedAt()), sequence, event.scheduleId(), sequence);
    }

    @EventHandler
    void on(SchedulePaused event, @SequenceNumber long sequence) {
        status(event.scheduleId(), "PAUSED", event.reason(), event.recordedAt(), sequence);
    }

    @EventHandler
    void on(ScheduleResumed event, @SequenceNumber long sequence) {
        status(event.scheduleId(), "ACTIVE", event.reason(), event.recordedAt(), sequence);
    }

    @EventHandler
    void on(ScheduleCancelled event, @SequenceNumber long sequence) {
        status(event.scheduleId(), "CANCELLED", event.reason(), event.recordedAt(), sequence);
    }

    @ResetHandler
    void reset() {
        jdbc.update("delete from rm_schedule_run");
        jdbc.update("delete from rm_schedule");
    }

    private void status(String scheduleId, String status, String reason, Instant at, long sequence) {
        jdbc.update("update rm_schedule set status = ?, status_reason = ?, updated_at = ?, last_sequence = ?" + GUARD,
                status, reason, at(at), sequence, scheduleId, sequence);
    }

    private record Row(ScheduleKind kind, ScheduleJson.Definition definition) {
    }

    private record Next(String periodKey, LocalDate dueOn) {
    }

    private static Next next(ScheduleKind kind, ScheduleJson.Definition definition, long occurrence) {
        Occurrences occurrences = new Occurrences(kind, definition.recurrence(), definition.calendar());
        return occurrences.nominal(occurrence)
                .map(nominal -> new Next(Occurrences.periodKey(nominal), occurrences.dueOn(occurrence).orElseThrow()))
                .orElse(new Next(null, null));
    }

    private static Date date(LocalDate date) {
        return date == null ? null : Date.valueOf(date);
    }

    private static Timestamp at(Instant instant) {
        return Timestamp.from(instant);
    }
}
