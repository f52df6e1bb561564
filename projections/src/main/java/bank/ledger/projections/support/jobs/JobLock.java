package bank.ledger.projections.support.jobs;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The lease of a single-node job, one row of {@code app_job_lock} per job. {@link #tryAcquire} takes the
 * row only when its lease has passed, in one atomic upsert (two nodes racing: one wins, the other's
 * {@code where} fails); {@link #release} gives it back with the run's outcome, only if this node still
 * holds that very lease (taken over after it expired: the other node's state is left alone). PostgreSQL's
 * {@code now()} is the only clock, so the nodes' clocks need not agree. Not an advisory lock: those belong
 * to a pooled connection, and a lease outlives neither a crash (it expires) nor a failover.
 */
public class JobLock {
    private static final int ERROR_LENGTH_MAX = 500;
    private final JdbcTemplate jdbc;
    private final String nodeId;

    public JobLock(JdbcTemplate jdbc, String nodeId) {
        this.jdbc = jdbc;
        this.nodeId = nodeId;
    }

    public String nodeId() {
        return nodeId;
    }

    /**
     * The lease until {@code now() + lease}, or empty when another node (or this one) holds it, or when the
     * job's period has not passed since its last round ended ({@code next_run_at}, set by {@link #release}):
     * every node schedules the job, so without this a node whose timer fired just after another node's round
     * would run it again in the same period. A tenth of the interval is forgiven, because the node that ran
     * last fires its next round about one interval after it gave the lease back, on its own timer.
     */
    public Optional<Lease> tryAcquire(String job, Duration lease) {
        List<Timestamp> taken = jdbc.queryForList("""
                insert into app_job_lock (name, locked_until, locked_at, locked_by, last_started_at)
                values (?, now() + ? * interval '1 millisecond', now(), ?, now())
                on conflict (name) do update set locked_until = excluded.locked_until, locked_at = excluded.locked_at,
                    locked_by = excluded.locked_by, last_started_at = excluded.last_started_at
                where app_job_lock.locked_until < now() and (app_job_lock.next_run_at is null
                    or app_job_lock.next_run_at - (app_job_lock.next_run_at - app_job_lock.last_finished_at) / 10 <= now())
                returning locked_at""", Timestamp.class, job, lease.toMillis(), nodeId);
        return taken.stream().findFirst().map(lockedAt -> new Lease(job, nodeId, lockedAt.toInstant()));
    }

    /**
     * Gives the lease back and records the run: its outcome, the error (null when it succeeded) and when
     * the job is due next. False when the lease was no longer this node's (the run outlasted it).
     */
    public boolean release(Lease lease, boolean succeeded, String error, Duration nextRunIn) {
        String shortError = error == null || error.length() <= ERROR_LENGTH_MAX ? error : error.substring(0, ERROR_LENGTH_MAX);
        return jdbc.update("""
                update app_job_lock set locked_until = now(), last_finished_at = now(), last_outcome = ?, last_error = ?,
                    last_succeeded_at = case when ? then now() else last_succeeded_at end,
                    next_run_at = now() + ? * interval '1 millisecond'
                where name = ? and locked_by = ? and locked_at = ?""",
                succeeded ? "SUCCEEDED" : "FAILED", shortError, succeeded, nextRunIn.toMillis(),
                lease.job(), lease.nodeId(), Timestamp.from(lease.lockedAt())) == 1;
    }

    /** When the job last succeeded, on any node. */
    public Optional<Instant> lastSuccess(String job) {
        return jdbc.queryForList("select last_succeeded_at from app_job_lock where name = ? and last_succeeded_at is not null",
                Timestamp.class, job).stream().findFirst().map(Timestamp::toInstant);
    }

    /** Every job that ever ran, by name: its lease and its last run. */
    public List<JobState> states() {
        return jdbc.query("""
                select name, locked_until > now() as running, locked_by, locked_until, last_started_at, last_finished_at,
                    last_outcome, last_error, last_succeeded_at, next_run_at
                from app_job_lock order by name""", (rs, i) -> new JobState(rs.getString("name"),
                rs.getBoolean("running") ? JobState.Status.RUNNING : JobState.Status.IDLE, rs.getBoolean("running") ? rs.getString("locked_by") : null,
                rs.getBoolean("running") ? instant(rs.getTimestamp("locked_until")) : null,
                instant(rs.getTimestamp("last_started_at")), instant(rs.getTimestamp("last_finished_at")),
                outcome(rs.getString("last_outcome")), rs.getString("last_error"), rs.getString("locked_by"),
                instant(rs.getTimestamp("last_succeeded_at")), instant(rs.getTimestamp("next_run_at"))));
    }

    private static JobState.LastOutcome outcome(String stored) {
        return stored == null ? null : JobState.LastOutcome.valueOf(stored);
    }

    private static Instant instant(Timestamp at) {
        return at == null ? null : at.toInstant();
    }

    /** One lease: which job, which node took it, and when (the lease's identity). */
    public record Lease(String job, String nodeId, Instant lockedAt) {
    }
}
