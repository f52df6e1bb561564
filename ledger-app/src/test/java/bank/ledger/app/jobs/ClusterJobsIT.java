package bank.ledger.app.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import bank.ledger.app.support.Api;
import bank.ledger.app.support.LedgerIntegrationTest;
import bank.ledger.projections.support.jobs.ClusterJobs;
import bank.ledger.projections.support.jobs.ClusterJobs.Outcome;
import bank.ledger.projections.support.jobs.JobLock;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/**
 * Single-node jobs across nodes: two lock clients with their own node ids on the application's PostgreSQL
 * stand for two nodes. One runs a job at a time, a dead node's lease runs out and the other takes over,
 * and the operations endpoint shows who runs what and how the last run went.
 */
class ClusterJobsIT extends LedgerIntegrationTest {
    private static final Duration LONG_LEASE = Duration.ofMinutes(5);
    @Autowired
    JdbcTemplate jdbc;
    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();
    private final String job = "it-job-" + java.util.UUID.randomUUID();
    /** The two nodes' threads (not the common pool: on two cores it has one thread, and the nodes would take turns). */
    private final ExecutorService nodeThreads = Executors.newFixedThreadPool(2);

    @AfterEach
    void forgetTheJob() {
        nodeThreads.shutdownNow();
        jdbc.update("delete from app_job_lock where name = ?", job);
    }

    private ClusterJobs node(String nodeId, Duration lease) {
        return node(nodeId, lease, Duration.ofMinutes(1));
    }

    private ClusterJobs node(String nodeId, Duration lease, Duration interval) {
        ClusterJobs jobs = new ClusterJobs(new JobLock(jdbc, nodeId), lease, meters);
        jobs.register(job, interval);
        return jobs;
    }

    private JsonNode shown() {
        Api.Response response = api.get("/api/v1/admin/jobs");
        assertThat(response.status()).as(response.raw()).isEqualTo(200);
        for (JsonNode state : response.body()) {
            if (state.get("name").asString().equals(job)) {
                return state;
            }
        }
        throw new AssertionError("job " + job + " not listed: " + response.raw());
    }

    @Nested
    class OneNodeAtATime {
        @Test
        void whileOneNodeRunsTheJobTheOtherSkipsItAndRunsItInTheNextPeriod() throws Exception {
            Duration interval = Duration.ofSeconds(3);
            ClusterJobs a = node("it-node-a", LONG_LEASE, interval);
            ClusterJobs b = node("it-node-b", LONG_LEASE, interval);
            CountDownLatch inside = new CountDownLatch(1);
            CountDownLatch finish = new CountDownLatch(1);
            CompletableFuture<Outcome> first = CompletableFuture.supplyAsync(() -> a.runOnce(job, () -> {
                inside.countDown();
                awaitQuietly(finish);
            }), nodeThreads);
            assertThat(inside.await(30, TimeUnit.SECONDS)).isTrue();
            AtomicInteger ranOnB = new AtomicInteger();

            assertThat(b.runOnce(job, ranOnB::incrementAndGet)).isEqualTo(Outcome.SKIPPED);
            JsonNode running = shown();
            assertThat(running.get("state").asString()).isEqualTo("RUNNING");
            assertThat(running.get("runningNode").asString()).isEqualTo("it-node-a");
            assertThat(running.get("leaseUntil").isNull()).isFalse();

            finish.countDown();
            assertThat(first.get(30, TimeUnit.SECONDS)).isEqualTo(Outcome.SUCCEEDED);
            assertThat(b.runOnce(job, ranOnB::incrementAndGet)).as("the same period: A ran it")
                    .isEqualTo(Outcome.SKIPPED);
            long finishedNs = System.nanoTime();
            Awaitility.await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200))
                    .until(() -> b.runOnce(job, ranOnB::incrementAndGet) == Outcome.SUCCEEDED);
            assertThat(Duration.ofNanos(System.nanoTime() - finishedNs)).as("not before 9/10 of the period")
                    .isGreaterThanOrEqualTo(interval.multipliedBy(9).dividedBy(10).minusMillis(200));
            assertThat(ranOnB).hasValue(1);
            assertThat(meters.counter("ledger.job.runs", "name", job, "outcome", "succeeded").count()).isEqualTo(2);
        }

        @Test
        void twoNodesRacingRoundAfterRoundNeverRunTheJobTogether() {
            ClusterJobs a = node("it-node-a", LONG_LEASE);
            ClusterJobs b = node("it-node-b", LONG_LEASE);
            AtomicInteger inside = new AtomicInteger();
            AtomicInteger mostInside = new AtomicInteger();
            AtomicInteger runs = new AtomicInteger();
            Runnable work = () -> {
                mostInside.accumulateAndGet(inside.incrementAndGet(), Math::max);
                jdbc.queryForObject("select count(*) from app_job_lock", Long.class); // some time inside
                runs.incrementAndGet();
                inside.decrementAndGet();
            };
            List<CompletableFuture<Void>> nodes = new ArrayList<>();
            for (ClusterJobs jobs : List.of(a, b)) {
                nodes.add(CompletableFuture.runAsync(() -> {
                    for (int round = 0; round < 40; round++) {
                        jobs.runOnce(job, work);
                    }
                }, nodeThreads));
            }
            CompletableFuture.allOf(nodes.toArray(CompletableFuture[]::new)).join();

            assertThat(mostInside).hasValue(1);
            assertThat(runs.get()).as("80 rounds within one period of a minute run the job once").isEqualTo(1);
            assertThat(runs.get() + (int) (meters.counter("ledger.job.runs", "name", job, "outcome", "skipped").count()))
                    .isEqualTo(80);
        }
    }

    @Nested
    class ANodeThatDies {
        @Test
        void holdsTheJobUntilItsLeaseRunsOutThenAnotherNodeTakesOver() {
            JobLock dying = new JobLock(jdbc, "it-node-dead");
            JobLock.Lease lease = dying.tryAcquire(job, Duration.ofSeconds(2)).orElseThrow(); // never given back
            ClusterJobs b = node("it-node-b", LONG_LEASE);
            AtomicInteger ranOnB = new AtomicInteger();

            assertThat(b.runOnce(job, ranOnB::incrementAndGet)).isEqualTo(Outcome.SKIPPED);
            assertThat(shown().get("runningNode").asString()).isEqualTo("it-node-dead");
            Awaitility.await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200))
                    .until(() -> b.runOnce(job, ranOnB::incrementAndGet) == Outcome.SUCCEEDED);

            assertThat(ranOnB).hasValue(1);
            JsonNode state = shown();
            assertThat(state.get("state").asString()).isEqualTo("IDLE");
            assertThat(state.get("lastNode").asString()).isEqualTo("it-node-b");
            assertThat(state.get("lastOutcome").asString()).isEqualTo("SUCCEEDED");
        }

        @Test
        void andComesBackLateCannotOverwriteTheRunOfTheNodeThatTookOver() {
            JobLock dying = new JobLock(jdbc, "it-node-dead");
            JobLock.Lease lease = dying.tryAcquire(job, Duration.ofSeconds(1)).orElseThrow();
            JobLock other = new JobLock(jdbc, "it-node-b");
            JobLock.Lease taken = Awaitility.await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200))
                    .until(() -> other.tryAcquire(job, LONG_LEASE), java.util.Optional::isPresent).orElseThrow();

            assertThat(dying.release(lease, false, "late", Duration.ZERO)).isFalse();
            assertThat(shown().get("runningNode").asString()).isEqualTo("it-node-b");
            assertThat(other.release(taken, true, null, Duration.ofMinutes(1))).isTrue();
        }
    }

    @Nested
    class TheJobsEndpoint {
        @Test
        void showsAFailedRunWithItsErrorItsNodeAndWhenTheJobIsDueNext() {
            ClusterJobs a = node("it-node-a", LONG_LEASE);

            assertThat(a.runOnce(job, () -> {
                throw new IllegalStateException("bank unreachable");
            })).isEqualTo(Outcome.FAILED);

            JsonNode state = shown();
            assertThat(state.get("state").asString()).isEqualTo("IDLE");
            assertThat(state.get("runningNode").isNull()).isTrue();
            assertThat(state.get("lastOutcome").asString()).isEqualTo("FAILED");
            assertThat(state.get("lastError").asString()).isEqualTo("IllegalStateException: bank unreachable");
            assertThat(state.get("lastNode").asString()).isEqualTo("it-node-a");
            assertThat(state.get("lastSucceededAt").isNull()).isTrue();
            assertThat(java.time.Instant.parse(state.get("nextRunAt").asString()))
                    .isAfter(java.time.Instant.parse(state.get("lastFinishedAt").asString()));
            assertThat(java.time.Instant.parse(state.get("lastFinishedAt").asString()))
                    .isAfterOrEqualTo(java.time.Instant.parse(state.get("lastStartedAt").asString()));
        }

        @Test
        void listsTheApplicationsOwnSingleNodeJobsRunOrNot() {
            List<String> names = new ArrayList<>();
            api.get("/api/v1/admin/jobs").body().forEach(state -> names.add(state.get("name").asString()));

            assertThat(names).contains("reconciliation-engine", "reconciliation-suspense", "reconciliation-claim-sweep",
                    "retention");
        }

        @Test
        void andTheMetricsCountTheApplicationsRoundsByJobAndOutcome() {
            Awaitility.await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500))
                    .until(() -> api.get("/actuator/prometheus").raw(), metrics -> metrics.contains(
                            "ledger_job_runs_total{application=\"ledger\",name=\"reconciliation-engine\",outcome=\"succeeded\"}")
                            && metrics.contains("ledger_job_last_success_seconds{application=\"ledger\",name=\"reconciliation-engine\"}"));
        }

        @Test
        void isForOperatorsOnly() {
            Api.Response response = api.as("accountant").get("/api/v1/admin/jobs");

            assertThat(response.status()).isEqualTo(403);
            assertThat(response.contentType()).startsWith("application/problem+json");
        }
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            if (!latch.await(60, TimeUnit.SECONDS)) {
                throw new IllegalStateException("the test never let the job finish");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
