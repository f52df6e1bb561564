package bank.ledger.connectors.pull;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The pulls' meters (docs/operations.md "Bank pulls"): {@code ledger_bank_pull_runs_total{connection,kind,outcome}}
 * and {@code ledger_bank_pull_statements_total{connection,outcome=imported|duplicate|refused}} count on
 * the node that pulled; {@code ledger_bank_pull_consecutive_failures{connection}} and
 * {@code ledger_bank_pull_last_success_seconds{connection}} are read from the registry (the same on every
 * node, whichever pulled last), at most once per {@value #SNAPSHOT_MS} ms, so the alert on repeated
 * failure does not depend on which node Prometheus scrapes. At most {@value #CONNECTIONS_MAX} connections get gauges.
 */
public class BankPullMetrics {
    static final long SNAPSHOT_MS = 10_000;
    static final int CONNECTIONS_MAX = 1_000;
    private final MeterRegistry meters;
    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final Set<String> gauged = ConcurrentHashMap.newKeySet();
    private volatile Map<String, double[]> snapshot = Map.of();
    private volatile Instant snapshotAt = Instant.EPOCH;

    public BankPullMetrics(MeterRegistry meters, JdbcTemplate jdbc, Clock clock) {
        this.meters = meters;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public void ran(BankConnection connection, boolean succeeded, PullResult result) {
        Counter.builder("ledger.bank.pull.runs").tag("connection", connection.id()).tag("kind", connection.kind().name().toLowerCase())
                .tag("outcome", succeeded ? "succeeded" : "failed").description("bank pulls run on this node, by outcome")
                .register(meters).increment();
        statements(connection, "imported", result.imported());
        statements(connection, "duplicate", result.duplicates());
        statements(connection, "refused", result.refused());
        refresh(true);
    }

    private void statements(BankConnection connection, String outcome, int count) {
        Counter.builder("ledger.bank.pull.statements").tag("connection", connection.id()).tag("outcome", outcome)
                .description("statements pulled: newly imported, delivered before, or files refused").register(meters)
                .increment(count);
    }

    /** Registers the gauges of connections not seen before; called at start and after each run. */
    public void refresh(boolean force) {
        if (!force && clock.instant().isBefore(snapshotAt.plusMillis(SNAPSHOT_MS))) {
            return;
        }
        try {
            Map<String, double[]> read = new ConcurrentHashMap<>();
            jdbc.query("select id, consecutive_failures, extract(epoch from last_success_at) from bank_connection "
                    + "where enabled order by id limit " + CONNECTIONS_MAX, rs -> {
                double success = rs.getDouble(3);
                read.put(rs.getString(1), new double[] {rs.getInt(2), rs.wasNull() ? Double.NaN : success});
            });
            snapshot = read;
            snapshotAt = clock.instant();
            read.keySet().forEach(this::gauges);
        } catch (RuntimeException unreadable) { // the database is down: the gauges answer NaN until it is back
            snapshot = Map.of();
            snapshotAt = clock.instant();
        }
    }

    private void gauges(String id) {
        if (gauged.add(id)) {
            Gauge.builder("ledger.bank.pull.consecutive.failures", this, m -> m.value(id, 0)).tag("connection", id)
                    .description("failed pulls in a row of an enabled connection (0 after a success)").register(meters);
            Gauge.builder("ledger.bank.pull.last.success", this, m -> m.value(id, 1)).tag("connection", id).baseUnit("seconds")
                    .description("when the connection's last pull succeeded (epoch seconds)").register(meters);
        }
    }

    private double value(String id, int index) {
        refresh(false);
        double[] values = snapshot.get(id);
        return values == null ? Double.NaN : values[index];
    }
}
