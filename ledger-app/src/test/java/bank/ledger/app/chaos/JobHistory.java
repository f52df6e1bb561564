package bank.ledger.app.chaos;

import bank.ledger.app.chaos.Invariants.Row;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The single-node jobs' runs across the nodes, sampled from {@code app_job_lock} (each round's start and
 * node, and the job's interval as its last release set it): two starts of one job closer than 9/10 of its
 * interval are a job run twice in a period (JobLock forgives a tenth for the timers' drift).
 */
final class JobHistory {
    private static final long SAMPLE_MS = 250;

    record Run(Instant startedAt, String node) {
    }

    private final String dbUrl;
    private final Map<String, Map<Instant, String>> runs = new ConcurrentHashMap<>();
    private final Map<String, Duration> intervals = new ConcurrentHashMap<>();
    private final Thread thread;
    private volatile boolean running = true;
    private volatile String lastError = "";
    private volatile int errors;

    JobHistory(String dbUrl) {
        this.dbUrl = dbUrl;
        thread = new Thread(this::sample, "cluster-job-history");
        thread.setDaemon(true);
    }

    JobHistory start() {
        thread.start();
        return this;
    }

    /** Samples until stopped; a lost connection is opened again (the database is busy, not the run's subject). */
    private void sample() {
        while (running) {
            try (Connection db = DriverManager.getConnection(dbUrl, "postgres", "");
                 Statement sql = db.createStatement()) {
                while (running) {
                    read(sql);
                    Thread.sleep(SAMPLE_MS);
                }
            } catch (SQLException e) {
                lastError = e.toString();
                errors++;
                pause();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private void read(Statement sql) throws SQLException {
        try (ResultSet rows = sql.executeQuery("select name, locked_at, locked_by, "
                + "extract(epoch from (next_run_at - last_finished_at)) * 1000 from app_job_lock")) {
            while (rows.next()) {
                runs.computeIfAbsent(rows.getString(1), j -> new ConcurrentHashMap<>())
                        .putIfAbsent(rows.getTimestamp(2).toInstant(), rows.getString(3));
                long intervalMs = rows.getLong(4);
                if (!rows.wasNull() && intervalMs > 0) {
                    intervals.put(rows.getString(1), Duration.ofMillis(intervalMs));
                }
            }
        }
    }

    private void pause() {
        try {
            Thread.sleep(1_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
        }
    }

    List<Row> stop() throws InterruptedException {
        running = false;
        thread.join(10_000);
        List<String> violations = new ArrayList<>();
        List<String> summary = new ArrayList<>();
        long total = 0;
        for (Map.Entry<String, Map<Instant, String>> job : new TreeMap<>(runs).entrySet()) {
            TreeMap<Instant, String> starts = new TreeMap<>(job.getValue());
            Duration interval = intervals.get(job.getKey());
            Set<String> nodes = new TreeSet<>(starts.values());
            total += starts.size();
            Duration gapMax = Duration.ZERO;
            Instant previous = null;
            for (Instant start : starts.keySet()) {
                if (previous != null) {
                    Duration gap = Duration.between(previous, start);
                    gapMax = gap.compareTo(gapMax) > 0 ? gap : gapMax;
                    if (interval != null && gap.compareTo(interval.multipliedBy(9).dividedBy(10)) < 0) {
                        violations.add(job.getKey() + " started at " + previous + " and again " + gap.toMillis()
                                + " ms later on " + starts.get(start) + " (interval " + interval.toMillis() + " ms)");
                    }
                }
                previous = start;
            }
            summary.add(job.getKey() + " " + starts.size() + " runs on " + nodes.size() + " nodes, gap max "
                    + gapMax.toSeconds() + " s");
        }
        if (errors > 0) {
            summary.add(errors + " sampling errors, last " + lastError);
        }
        return List.of(new Row("scheduled jobs: at most one run per period across the nodes (app_job_lock)", total,
                violations, String.join("; ", summary)));
    }
}
