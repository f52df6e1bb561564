package bank.ledger.app.schedule;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;

/** Reads of {@code rm_schedule} and {@code rm_schedule_run}: pages of schedules, one with its latest runs. */
public final class ScheduleQueries {
    private static final String COLUMNS = "schedule_id, kind, status, description, definition::text, next_occurrence,"
            + " next_period_key, next_due_on, status_reason, created_at, created_by, updated_at";
    private final JdbcTemplate jdbc;

    ScheduleQueries(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public record ScheduleRow(String id, String kind, String status, String description, ScheduleJson.Definition definition,
                       long nextOccurrence, String nextPeriodKey, LocalDate nextDueOn, String statusReason,
                       Instant createdAt, String createdBy, Instant updatedAt) {
    }

    public record RunRow(long occurrence, String periodKey, LocalDate effectiveDate, String entryId, String skipReason,
                  long amountMinor, String carry, Instant recordedAt, String actor, String channel) {
    }

    /** Schedules after {@code after} in id order (keyset paging), optionally of one status. */
    List<ScheduleRow> page(String after, String status, int pageSize) {
        return jdbc.query("select " + COLUMNS + " from rm_schedule where schedule_id > ? and (?::text is null or status = ?)"
                + " order by schedule_id limit ?", this::schedule, after == null ? "" : after, status, status, pageSize);
    }

    Optional<ScheduleRow> one(String scheduleId) {
        return jdbc.query("select " + COLUMNS + " from rm_schedule where schedule_id = ?", this::schedule, scheduleId)
                .stream().findFirst();
    }

    /** The latest {@code limit} runs, newest first. */
    List<RunRow> runs(String scheduleId, int limit) {
        return jdbc.query("select occurrence, period_key, effective_date, entry_id, skip_reason, amount, carry,"
                        + " recorded_at, actor, channel from rm_schedule_run where schedule_id = ?"
                        + " order by occurrence desc limit ?",
                (rs, i) -> new RunRow(rs.getLong(1), rs.getString(2), date(rs, 3), rs.getString(4), rs.getString(5),
                        rs.getLong(6), rs.getString(7), rs.getTimestamp(8).toInstant(), rs.getString(9),
                        rs.getString(10)), scheduleId, limit);
    }

    /** Active schedules due on or before {@code day}, at most {@code limit}, the longest overdue first. */
    List<String> due(LocalDate day, int limit) {
        return jdbc.queryForList("select schedule_id from rm_schedule where status = 'ACTIVE' and next_due_on <= ?"
                + " order by next_due_on, schedule_id limit ?", String.class, java.sql.Date.valueOf(day), limit);
    }

    private ScheduleRow schedule(ResultSet rs, int i) throws SQLException {
        return new ScheduleRow(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                ScheduleJson.read(rs.getString(5)), rs.getLong(6), rs.getString(7), date(rs, 8), rs.getString(9),
                rs.getTimestamp(10).toInstant(), rs.getString(11), rs.getTimestamp(12).toInstant());
    }

    private static LocalDate date(ResultSet rs, int column) throws SQLException {
        java.sql.Date date = rs.getDate(column);
        return date == null ? null : date.toLocalDate();
    }
}
