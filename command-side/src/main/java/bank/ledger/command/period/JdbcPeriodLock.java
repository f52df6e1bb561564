package bank.ledger.command.period;

import bank.ledger.domain.period.PeriodId;
import bank.ledger.domain.period.PeriodLock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Closed periods in PostgreSQL, read and written inside the command's transaction (Axon's unit of work
 * runs in a Spring transaction on the same DataSource, as the identity registry does). The check takes a
 * transaction-scoped advisory lock SHARED, then reads the closed periods in a second statement; a close or
 * reopen takes the same lock EXCLUSIVE. Under READ COMMITTED this makes a close and a back-dated entry
 * strictly ordered: the entry either commits before the close gets the lock, or it waits for the close to
 * commit and its second statement (a fresh snapshot) sees the closed period. The read must be a separate
 * statement: a sub-select in the locking statement would keep the snapshot from before the wait. An
 * advisory lock rather than {@code FOR SHARE} on one row: many entries share-locking one row turn its
 * lock into a multixact rewritten (and logged) on every new locker, a hot spot on the write path; an
 * advisory lock lives only in the lock manager. No cache: a cached answer could let an entry into a
 * period closed a moment ago.
 */
public class JdbcPeriodLock implements PeriodLock.Store {
    /** The lock's two keys (PostgreSQL's (int, int) form, apart from one-bigint advisory locks elsewhere). */
    private static final String LOCK_KEYS = "7362, 1";
    private final JdbcTemplate jdbc;

    public JdbcPeriodLock(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void requireOpen(LocalDate effectiveDate, String field) {
        // the alias names the lock in pg_stat_activity while an entry waits for a close
        jdbc.queryForList("select pg_advisory_xact_lock_shared(" + LOCK_KEYS + ") is null as ledger_period_lock",
                Boolean.class);
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
        jdbc.queryForList("select pg_advisory_xact_lock(" + LOCK_KEYS + ") is null as ledger_period_lock", Boolean.class);
        // when the closed periods last changed: "as known at the close" reads from this instant
        jdbc.update("update ledger_period_lock set changed_at = now() where id = 1");
    }
}
