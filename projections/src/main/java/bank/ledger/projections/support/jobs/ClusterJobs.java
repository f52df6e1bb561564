package bank.ledger.projections.support.jobs;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the jobs that act on state shared by every node (docs/operations.md "Scheduled jobs"): each
 * node schedules them, and a round runs only on the node that takes the job's {@link JobLock lease};
 * the others skip it. The run's outcome goes to the lease row (the operations endpoint reads it there)
 * and to the meters {@code ledger.job.runs{name,outcome}} and {@code ledger.job.last.success{name}}. The tag
 * is {@code name}, not {@code job}: Prometheus gives every scraped series the target's {@code job} label
 * ({@code job="ledger"}) and would rename ours to {@code exported_job}.
 */
public class ClusterJobs {
    private static final Logger log = LoggerFactory.getLogger(ClusterJobs.class);
    private final JobLock lock;
    private final Duration lease;
    private final MeterRegistry meters;
    private final Map<String, Duration> registered = new ConcurrentHashMap<>();

    public ClusterJobs(JobLock lock, Duration lease, MeterRegistry meters) {
        this.lock = lock;
        this.lease = lease;
        this.meters = meters;
    }

    /** What became of one round on this node. */
    public enum Outcome { SUCCEEDED, FAILED, SKIPPED }

    /**
     * The job as a task for a scheduler: each call is one {@link #runOnce round}. It never throws an
     * exception (a scheduler would log it again, or stop the task); errors go on (the JVM is failing).
     */
    public Runnable singleNode(String job, Duration interval, Runnable work) {
        register(job, interval);
        return () -> runOnce(job, work);
    }

    /** Registers the job (its meters, its interval for the next run) without a task, for callers that tick themselves. */
    public void register(String job, Duration interval) {
        if (registered.putIfAbsent(job, interval) == null) {
            Gauge.builder("ledger.job.last.success", lock, l -> lastSuccessEpochSeconds(job)).tag("name", job)
                    .baseUnit("seconds").description("when the job last succeeded on any node (epoch seconds)")
                    .register(meters);
        }
    }

    /** One round: on this node if it takes the lease, else skipped; the lease is given back at the end. */
    public Outcome runOnce(String job, Runnable work) {
        Outcome outcome;
        try {
            outcome = leased(job, work);
        } catch (RuntimeException unreachable) { // the lease could not be read or written (database down)
            log.warn("job {}: its lease could not be taken or given back; the next round tries again", job, unreachable);
            outcome = Outcome.FAILED;
        }
        count(job, outcome);
        return outcome;
    }

    private Outcome leased(String job, Runnable work) {
        Optional<JobLock.Lease> lease = lock.tryAcquire(job, this.lease);
        if (lease.isEmpty()) {
            return Outcome.SKIPPED;
        }
        String error = null;
        try {
            work.run();
        } catch (RuntimeException failure) {
            log.warn("job {} failed on {}; the next round runs on time", job, lock.nodeId(), failure);
            error = failure.getClass().getSimpleName() + ": " + failure.getMessage();
        }
        Duration interval = registered.getOrDefault(job, Duration.ZERO);
        if (!lock.release(lease.get(), error == null, error, interval)) {
            log.warn("job {} ran past its lease of {} ms on {}: another node may have run it too; raise ledger.jobs.lease-ms",
                    job, this.lease.toMillis(), lock.nodeId());
        }
        return error == null ? Outcome.SUCCEEDED : Outcome.FAILED;
    }

    private void count(String job, Outcome outcome) {
        Counter.builder("ledger.job.runs").tag("name", job).tag("outcome", outcome.name().toLowerCase())
                .description("rounds of single-node jobs on this node, by outcome (skipped: another node held the lease)")
                .register(meters).increment();
    }

    /** The jobs this node schedules, with their intervals. */
    public Map<String, Duration> registered() {
        return Map.copyOf(registered);
    }

    public String nodeId() {
        return lock.nodeId();
    }

    private double lastSuccessEpochSeconds(String job) {
        try {
            return lock.lastSuccess(job).map(at -> at.toEpochMilli() / 1000.0).orElse(Double.NaN);
        } catch (RuntimeException unreadable) {
            return Double.NaN;
        }
    }
}
