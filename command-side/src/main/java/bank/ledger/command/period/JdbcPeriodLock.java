package bank.ledger.command.period;

import bank.ledger.domain.period.PeriodId;
import bank.ledger.domain.period.PeriodLock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Closed periods in PostgreSQL, read and written inside the command's transaction (Axon's unit of work
 * runs in a Spring transaction on the same DataSource, as the identity registry does). The check locks
 * the single lock row FOR SHARE, then reads the closed periods in a second statement; a close locks it
 * FOR UPDATE. Under READ COMMITTED this makes a close and a back-dated entry strictly ordered: the entry
 * either commits before the close can lock the row, or it waits for the close to commit and its second
 * statement (a fresh snapshot) sees the closed period. The read must be a separate statement: a
 * sub-select in the locking statement would keep the snapshot from before the wait. No cache: a cached
 * answer could let an entry into a period closed a moment ago.
 */
public class JdbcPeriodLock implements PeriodLock.Store {
    private final JdbcTemplate jdbc;

    public JdbcPeriodLock(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void requireOpen(LocalDate effectiveDate, String field) {
        jdbc.queryForList("select id from ledger_period_lock where id = 1 for share", Integer.class);
        List<String> closed = jdbc.queryForList("select period_id from ledger_closed_period"
                + " where first_day <= ? and last_day >= ? order by first_day limit 1", String.class,
                effectiveDate, effectiveDate);
        if (!closed.isEmpty()) {
            throw PeriodLock.closed(effectiveDate, closed.get(0), field);
        }
    }

    @Override
    public void markClosed(PeriodId period) {
        lockForChange();
        jdbc.update("insert into ledger_closed_period (period_id, first_day, last_day) values (?, ?, ?)"
                + " on conflict (period_id) do nothing", period.value(), period.firstDay(), period.lastDay());
    }

    @Override
    public void markReopened(PeriodId period) {
        lockForChange();
        jdbc.update("delete from ledger_closed_period where period_id = ?", period.value());
    }

    /** A closed period as the lock holds it now. */
    public record ClosedPeriod(String periodId, LocalDate firstDay, LocalDate lastDay, Instant closedAt) {
    }

    /** The closed periods by first day (latest first), a page of at most {@code limit}, before {@code beforeDay}. */
    public List<ClosedPeriod> closed(LocalDate beforeDay, int limit) {
        return jdbc.query("select period_id, first_day, last_day, closed_at from ledger_closed_period"
                        + " where first_day < ? order by first_day desc, last_day desc limit ?",
                (rs, n) -> new ClosedPeriod(rs.getString(1), rs.getObject(2, LocalDate.class),
                        rs.getObject(3, LocalDate.class), rs.getTimestamp(4).toInstant()),
                beforeDay == null ? LocalDate.of(9999, 12, 31) : beforeDay, limit);
    }

    private void lockForChange() {
        jdbc.update("update ledger_period_lock set changed_at = now() where id = 1");
    }
}
