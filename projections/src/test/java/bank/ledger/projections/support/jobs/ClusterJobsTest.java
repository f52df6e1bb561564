package bank.ledger.projections.support.jobs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import bank.ledger.projections.support.jobs.ClusterJobs.Outcome;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataAccessResourceFailureException;

/** The runner's side of a round, the lease table stood in for (ClusterJobsIT runs it on PostgreSQL). */
class ClusterJobsTest {
    private final FakeLock lock = new FakeLock();
    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();
    private final ClusterJobs jobs = new ClusterJobs(lock, Duration.ofMinutes(10), meters);
    private final AtomicInteger ran = new AtomicInteger();

    private double runs(String outcome) {
        return meters.counter("ledger.job.runs", "name", "job-1", "outcome", outcome).count();
    }

    @Nested
    class ARound {
        @Test
        void runsTheWorkUnderTheLeaseAndGivesItBackAsSucceededWithTheNextRunOneIntervalOn() {
            Runnable task = jobs.singleNode("job-1", Duration.ofSeconds(30), ran::incrementAndGet);

            task.run();

            assertThat(ran).hasValue(1);
            assertThat(lock.released).containsExactly("job-1 succeeded=true error=null next=PT30S");
            assertThat(runs("succeeded")).isEqualTo(1);
        }

        @Test
        void isSkippedWithoutRunningTheWorkWhenAnotherNodeHoldsTheLease() {
            lock.free = false;

            assertThat(jobs.runOnce("job-1", ran::incrementAndGet)).isEqualTo(Outcome.SKIPPED);

            assertThat(ran).hasValue(0);
            assertThat(lock.released).isEmpty();
            assertThat(runs("skipped")).isEqualTo(1);
        }

        @Test
        void thatFailsGivesTheLeaseBackWithTheErrorAndDoesNotThrow() {
            Outcome outcome = jobs.runOnce("job-1", () -> {
                throw new IllegalStateException("bank unreachable");
            });

            assertThat(outcome).isEqualTo(Outcome.FAILED);
            assertThat(lock.released).containsExactly(
                    "job-1 succeeded=false error=IllegalStateException: bank unreachable next=PT0S");
            assertThat(runs("failed")).isEqualTo(1);
        }

        @Test
        void whoseLeaseCannotBeTakenForTheDatabaseIsAFailureNotAnException() {
            lock.down = true;

            assertThat(jobs.runOnce("job-1", ran::incrementAndGet)).isEqualTo(Outcome.FAILED);
            assertThat(ran).hasValue(0);
        }

        @Test
        void thatOutlastedItsLeaseKeepsItsOutcome() {
            lock.stillOurs = false;

            assertThat(jobs.runOnce("job-1", ran::incrementAndGet)).isEqualTo(Outcome.SUCCEEDED);
        }

        @Test
        void letsAnErrorThrough() {
            assertThatThrownBy(() -> jobs.runOnce("job-1", () -> {
                throw new OutOfMemoryError("test");
            })).isInstanceOf(OutOfMemoryError.class);
        }
    }

    @Test
    void aJobIsRegisteredOnceWithItsLastSuccessGauge() {
        jobs.register("job-1", Duration.ofSeconds(30));
        jobs.register("job-1", Duration.ofSeconds(60));

        assertThat(jobs.registered()).containsEntry("job-1", Duration.ofSeconds(30)).hasSize(1);
        assertThat(meters.get("ledger.job.last.success").tag("name", "job-1").gauge().value()).isEqualTo(1_000.0);
    }

    private static final class FakeLock extends JobLock {
        boolean free = true;
        boolean down;
        boolean stillOurs = true;
        final List<String> released = new ArrayList<>();

        FakeLock() {
            super(null, "node-a");
        }

        @Override
        public Optional<Lease> tryAcquire(String job, Duration lease) {
            if (down) {
                throw new DataAccessResourceFailureException("database down");
            }
            return free ? Optional.of(new Lease(job, nodeId(), Instant.EPOCH)) : Optional.empty();
        }

        @Override
        public boolean release(Lease lease, boolean succeeded, String error, Duration nextRunIn) {
            released.add(lease.job() + " succeeded=" + succeeded + " error=" + error + " next=" + nextRunIn);
            return stillOurs;
        }

        @Override
        public Optional<Instant> lastSuccess(String job) {
            return Optional.of(Instant.ofEpochSecond(1_000));
        }
    }
}
