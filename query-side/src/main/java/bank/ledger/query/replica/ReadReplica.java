package bank.ledger.query.replica;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.metrics.micrometer.MicrometerMetricsTrackerFactory;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The read replica: its pool of read-only connections, a prober comparing its replay position with the
 * primary's every {@code probeIntervalMs} ({@link ReplayLag}), and the choice each read makes from the last
 * probe ({@link #choose}). Times are monotonic milliseconds (durations only, never dates).
 */
public final class ReadReplica implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(ReadReplica.class);
    static final String REPLICA_PROBE = "select pg_is_in_recovery(), pg_last_wal_replay_lsn()::text,"
            + " case when pg_is_in_recovery() then pg_is_wal_replay_paused() end,"
            + " (extract(epoch from now() - pg_last_xact_replay_timestamp()) * 1000)::bigint,"
            + " (select system_identifier from pg_control_system())";
    static final String PRIMARY_PROBE = "select pg_current_wal_lsn()::text as primary_lsn,"
            + " (select system_identifier from pg_control_system()) as system_identifier";

    /** What the last probe found. */
    public enum Status {
        /** not probed yet */
        STARTING("unprobed"),
        /** a replica of this primary, within the lag limit */
        UP("fresh"),
        /** a replica of this primary, beyond the lag limit (or not yet seen within it) */
        LAGGING("lagging"),
        /** not reachable */
        DOWN("down"),
        /** reachable, but not in recovery (promoted) or a copy of another cluster */
        NOT_A_REPLICA("notReplica");

        private final String reason;

        Status(String reason) {
            this.reason = reason;
        }

        public String reason() {
            return reason;
        }
    }

    /**
     * The last probe: {@code lagMs} bounds the staleness when {@code withinWindow}, else is a lower bound;
     * {@code replayPaused} and {@code lastReplayedCommitAgeMs} (null when unknown) are for operators only.
     */
    public record State(Status status, long lagMs, long lagBytes, boolean withinWindow, Boolean replayPaused,
                        Long lastReplayedCommitAgeMs, long probedAtMs, String detail) {
        static State starting(long nowMs) {
            return new State(Status.STARTING, -1, -1, false, null, null, nowMs, "not probed yet");
        }

        boolean reachable() {
            return status == Status.UP || status == Status.LAGGING;
        }
    }

    /** A read's source: the replica (with its staleness bound at the moment of choosing) or the primary, and why. */
    public record Choice(boolean replica, String reason, long lagBoundMs) {
        public static final String FAILED = "failed";
    }

    private final ReadReplicaProperties settings;
    private final JdbcTemplate primary;
    private final HikariDataSource pool;
    private final JdbcTemplate replicaProbe;
    private final ReplayLag lag;
    private final LongSupplier nowMs;
    private final Map<String, Counter> reads = new HashMap<>();
    private final ScheduledExecutorService prober;
    private volatile State state;
    private boolean primaryUnreadable;

    ReadReplica(ReadReplicaProperties settings, JdbcTemplate primary, MeterRegistry meters, LongSupplier nowMs) {
        this.settings = settings;
        this.primary = primary;
        this.nowMs = nowMs;
        this.lag = new ReplayLag(settings.samplesMax());
        this.state = State.starting(nowMs.getAsLong());
        this.pool = new HikariDataSource(poolConfig(settings, meters));
        this.replicaProbe = new JdbcTemplate(pool);
        this.replicaProbe.setQueryTimeout((int) Math.max(1, settings.connectionTimeoutMs() / 1000));
        register(meters);
        this.prober = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "read-replica-probe");
            thread.setDaemon(true);
            return thread;
        });
    }

    /** Starts probing: the node starts whether or not the replica answers (its reads go to the primary until it does). */
    static ReadReplica start(ReadReplicaProperties settings, JdbcTemplate primary, MeterRegistry meters) {
        ReadReplica replica = new ReadReplica(settings, primary, meters, () -> System.nanoTime() / 1_000_000);
        replica.prober.scheduleWithFixedDelay(replica::probeQuietly, 0, settings.probeIntervalMs(), TimeUnit.MILLISECONDS);
        return replica;
    }

    private static HikariConfig poolConfig(ReadReplicaProperties settings, MeterRegistry meters) {
        HikariConfig config = new HikariConfig();
        config.setPoolName("ledger-read-replica");
        config.setJdbcUrl(settings.url());
        config.setUsername(settings.username());
        config.setPassword(settings.password());
        config.setReadOnly(true);
        config.setMaximumPoolSize(settings.poolSizeMax());
        config.setMinimumIdle(Math.min(1, settings.poolSizeMax()));
        config.setConnectionTimeout(settings.connectionTimeoutMs());
        config.setInitializationFailTimeout(-1); // a replica down at start-up must not stop the node
        config.addDataSourceProperty("options", "-c statement_timeout=" + settings.statementTimeoutMs());
        config.setMetricsTrackerFactory(new MicrometerMetricsTrackerFactory(meters));
        return config;
    }

    private void register(MeterRegistry meters) {
        Gauge.builder("ledger.read.replica.lag.ms", this, r -> r.state.reachable() ? r.state.lagMs() : Double.NaN)
                .description("upper bound of the read replica's staleness at the last probe (lower bound when beyond the window)")
                .register(meters);
        Gauge.builder("ledger.read.replica.lag.bytes", this, r -> r.state.reachable() ? r.state.lagBytes() : Double.NaN)
                .description("WAL bytes the read replica has not replayed yet").register(meters);
        Gauge.builder("ledger.read.replica.up", this, r -> r.state.reachable() ? 1 : 0)
                .description("1 while the last probe reached a replica of this primary").register(meters);
        Gauge.builder("ledger.read.replica.max.lag.ms", settings, ReadReplicaProperties::maxLagMs)
                .description("ledger.read-replica.max-lag-ms").register(meters);
        for (Status status : Status.values()) {
            String source = status == Status.UP ? "replica" : "primary";
            reads.put(status.reason(), Counter.builder("ledger.read.replica.reads").tag("source", source)
                    .tag("reason", status.reason()).description("query requests by the source of their reads")
                    .register(meters));
        }
        reads.put(Choice.FAILED, Counter.builder("ledger.read.replica.reads").tag("source", "primary")
                .tag("reason", Choice.FAILED).register(meters));
    }

    public State state() {
        return state;
    }

    public ReadReplicaProperties settings() {
        return settings;
    }

    long msSince(long monotonicMs) {
        return Math.max(0, nowMs.getAsLong() - monotonicMs);
    }

    /** The source of a request's reads, from the last probe: the replica only while its bound stays within the limit. */
    Choice choose() {
        State current = state;
        Choice choice;
        if (current.status() != Status.UP) {
            choice = new Choice(false, current.status().reason(), current.reachable() ? current.lagMs() : -1);
        } else {
            // the staleness can only have grown by the time since the probe (the replay never goes back)
            long bound = current.lagMs() + Math.max(0, nowMs.getAsLong() - current.probedAtMs());
            choice = bound <= settings.maxLagMs() ? new Choice(true, Status.UP.reason(), bound)
                    : new Choice(false, Status.LAGGING.reason(), bound);
        }
        reads.get(choice.reason()).increment();
        return choice;
    }

    Connection connection() throws SQLException {
        return pool.getConnection();
    }

    /** A read could not get a connection: the replica counts as down until the next probe says otherwise. */
    Choice failed(SQLException cause) {
        state = new State(Status.DOWN, -1, -1, false, null, null, nowMs.getAsLong(), cause.getMessage());
        reads.get(Choice.FAILED).increment();
        return new Choice(false, Choice.FAILED, -1);
    }

    /** A probe that cannot read the primary leaves the state as it was: its age alone then sends reads to the primary. */
    void probeQuietly() {
        try {
            probe();
            primaryUnreadable = false;
        } catch (RuntimeException unexpected) {
            if (!primaryUnreadable) { // once per outage, not every interval
                log.warn("read replica probe failed (reads go to the primary once the last probe is too old): {}",
                        rootMessage(unexpected));
            }
            primaryUnreadable = true;
        }
    }

    /** One probe: the primary's position first, then the replica's (the order makes the bound an upper one). */
    void probe() {
        long primaryAtMs = nowMs.getAsLong();
        Map<String, Object> primaryNow = primary.queryForMap(PRIMARY_PROBE);
        State next;
        try {
            next = replicaState(primaryAtMs, (String) primaryNow.get("primary_lsn"),
                    ((Number) primaryNow.get("system_identifier")).longValue());
        } catch (RuntimeException unreachable) {
            next = new State(Status.DOWN, -1, -1, false, null, null, nowMs.getAsLong(), rootMessage(unreachable));
        }
        if (next.status() != state.status()) {
            log.info("read replica {} ({}; lag {} ms, {} bytes)", next.status(), next.detail(), next.lagMs(), next.lagBytes());
        }
        state = next;
    }

    private State replicaState(long primaryAtMs, String primaryLsn, long primarySystem) {
        return replicaProbe.query(REPLICA_PROBE, rs -> {
            rs.next();
            boolean inRecovery = rs.getBoolean(1);
            String replayLsn = rs.getString(2);
            Boolean paused = (Boolean) rs.getObject(3);
            Long commitAgeMs = (Long) rs.getObject(4);
            long system = rs.getLong(5);
            long now = nowMs.getAsLong();
            if (!inRecovery || replayLsn == null || system != primarySystem) {
                String why = system != primarySystem ? "a copy of another cluster (system identifier " + system + ")"
                        : "not in recovery (promoted, or a primary)";
                return new State(Status.NOT_A_REPLICA, -1, -1, false, paused, commitAgeMs, now, why);
            }
            ReplayLag.Bound bound = lag.observe(primaryAtMs, ReplayLag.lsn(primaryLsn), ReplayLag.lsn(replayLsn), now);
            boolean fresh = bound.withinWindow() && bound.lagMs() <= settings.maxLagMs();
            String detail = bound.withinWindow() ? "replayed " + replayLsn + " of " + primaryLsn
                    : "replayed " + replayLsn + " of " + primaryLsn + ", behind every probe of the last " + bound.lagMs() + " ms";
            return new State(fresh ? Status.UP : Status.LAGGING, bound.lagMs(), bound.lagBytes(), bound.withinWindow(),
                    paused, commitAgeMs, now, detail);
        });
    }

    private static String rootMessage(Throwable failure) {
        Throwable root = failure;
        for (int depth = 0; root.getCause() != null && depth < 10; depth++) {
            root = root.getCause();
        }
        return root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
    }

    @Override
    public void close() {
        prober.shutdownNow();
        pool.close();
    }
}
