package bank.ledger.app.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import bank.ledger.app.retention.DataRetention;
import bank.ledger.app.retention.RetentionProperties;
import bank.ledger.app.support.LedgerIntegrationTest;
import bank.ledger.projections.support.jobs.ClusterJobs;
import bank.ledger.projections.support.jobs.JobLock;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Data retention against the application's PostgreSQL: old delivered webhook deliveries and old cancelled
 * replays go, recent ones and those still of use (pending, dead, running) stay, in bounded batches, and
 * nothing else is ever deleted. Each test's rows are its own: a webhook that matches no event, replays with
 * queues of their own; the retention under test is built here with its own clock and settings.
 */
class DataRetentionIT extends LedgerIntegrationTest {
    /** Now, so that the other tests' rows (made minutes ago) are recent to every retention built here. */
    private static final Instant NOW = Instant.now();
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    DataSource dataSource;
    private final String webhookId = "it-retention-" + UUID.randomUUID();
    private final List<String> statements = new ArrayList<>();

    @BeforeEach
    void aWebhookThatMatchesNoEvent() {
        jdbc.update("""
                insert into stream_webhook (webhook_id, url, secret, event_types, account_ids, max_attempts, from_position,
                    created_at) values (?, 'http://127.0.0.1:9/never', 'it-secret', '["NoSuchEventType"]'::jsonb, '[]'::jsonb,
                    1, 9000000000000000000, now())""", webhookId);
    }

    @AfterEach
    void forgetTheRows() {
        jdbc.update("delete from stream_webhook where webhook_id = ?", webhookId);
        jdbc.update("delete from stream_replay where replay_id like ?", webhookId + "%");
    }

    /** The retention of these tests: the given periods in days, batches and run maximum, recording its statements. */
    private DataRetention retention(int days, int batchRows, int rowsPerRunMax) {
        JdbcTemplate recording = new JdbcTemplate(dataSource) {
            @Override
            public int update(String sql, Object... args) {
                statements.add(sql);
                return super.update(sql, args);
            }
        };
        RetentionProperties settings = new RetentionProperties(true, 3_600_000L, days, days, batchRows, rowsPerRunMax);
        ClusterJobs jobs = new ClusterJobs(new JobLock(jdbc, "it-retention"), Duration.ofMinutes(5), new SimpleMeterRegistry());
        return new DataRetention(recording, settings, jobs, Clock.fixed(NOW, java.time.ZoneOffset.UTC), new SimpleMeterRegistry());
    }

    private long delivery(String status, Instant deliveredAt) {
        return jdbc.queryForObject("""
                insert into stream_webhook_delivery (webhook_id, event_id, event_type, global_position, body, status,
                    attempts, next_attempt_at, created_at, delivered_at) values (?, ?, 'NoSuchEventType', 1, '{}', ?, 1, ?, ?, ?)
                returning delivery_id""", Long.class, webhookId, UUID.randomUUID().toString(), status,
                Timestamp.from(deliveredAt), Timestamp.from(deliveredAt.minusSeconds(60)),
                status.equals("DELIVERED") ? Timestamp.from(deliveredAt) : null);
    }

    private String replay(String status, Instant updatedAt) {
        String id = webhookId + "-" + UUID.randomUUID().toString().substring(0, 8);
        // a running replay far ahead of the stream: the replay runner never has anything to copy into it
        jdbc.update("""
                insert into stream_replay (replay_id, queue, event_types, account_ids, next_position, status, created_at,
                    updated_at) values (?, ?, '[]'::jsonb, '[]'::jsonb, 9000000000000000000, ?, ?, ?)""",
                id, "q-" + id, status, Timestamp.from(updatedAt.minus(Duration.ofDays(1))), Timestamp.from(updatedAt));
        return id;
    }

    private boolean deliveryExists(long id) {
        return jdbc.queryForObject("select count(*) from stream_webhook_delivery where delivery_id = ?", Long.class, id) == 1;
    }

    private boolean replayExists(String id) {
        return jdbc.queryForObject("select count(*) from stream_replay where replay_id = ?", Long.class, id) == 1;
    }

    private static Instant daysAgo(int days) {
        return NOW.minus(Duration.ofDays(days));
    }

    @Nested
    class WebhookDeliveries {
        @Test
        void deliveredLongerAgoThanThePeriodAreDeletedAndRecentOnesKept() {
            long old = delivery("DELIVERED", daysAgo(31));
            long recent = delivery("DELIVERED", daysAgo(29));

            DataRetention.Purged purged = retention(30, 1_000, 100_000).purge();

            assertThat(deliveryExists(old)).isFalse();
            assertThat(deliveryExists(recent)).isTrue();
            assertThat(purged.deliveredWebhooks()).isGreaterThanOrEqualTo(1);
        }

        @Test
        void pendingAndDeadOnesStayHoweverOld() {
            long dead = delivery("DEAD", daysAgo(400));

            retention(30, 1_000, 100_000).purge();

            assertThat(deliveryExists(dead)).isTrue();
        }

        @Test
        void goInBatchesAndNoMoreThanTheRunsMaximum() {
            List<Long> old = new ArrayList<>();
            for (int i = 0; i < 7; i++) {
                old.add(delivery("DELIVERED", daysAgo(5_000 + i))); // older than any other test's rows
            }
            DataRetention retention = retention(4_000, 2, 5);

            assertThat(retention.purge().deliveredWebhooks()).isEqualTo(5);
            assertThat(statements).hasSize(3); // 2 + 2 + 1
            assertThat(old.stream().filter(DataRetentionIT.this::deliveryExists)).hasSize(2);
            assertThat(retention.purge().deliveredWebhooks()).isEqualTo(2);
            assertThat(old.stream().filter(DataRetentionIT.this::deliveryExists)).isEmpty();
        }
    }

    @Nested
    class Replays {
        @Test
        void cancelledLongerAgoThanThePeriodAreDeletedRecentAndRunningOnesKept() {
            String old = replay("CANCELLED", daysAgo(31));
            String recent = replay("CANCELLED", daysAgo(29));
            String running = replay("RUNNING", daysAgo(400));

            retention(30, 1_000, 100_000).purge();

            assertThat(replayExists(old)).isFalse();
            assertThat(replayExists(recent)).isTrue();
            assertThat(replayExists(running)).isTrue();
        }
    }

    @Nested
    class EverythingElse {
        @Test
        void isNeverTouchedAndTheEventStoreKeepsEveryEvent() {
            delivery("DELIVERED", daysAgo(31));
            replay("CANCELLED", daysAgo(31));
            Long lastEvent = jdbc.queryForObject("select coalesce(max(globalindex), 0) from domainevententry", Long.class);
            long events = jdbc.queryForObject("select count(*) from domainevententry where globalindex <= ?", Long.class, lastEvent);

            retention(30, 1_000, 100_000).purge();

            assertThat(statements).isNotEmpty().allSatisfy(sql -> assertThat(sql.strip())
                    .matches("(?s)delete from (stream_webhook_delivery|stream_replay) where .*")
                    .doesNotContain("domainevententry", "snapshotevententry", "ledger_event_chain", "app_approval"));
            assertThat(jdbc.queryForObject("select count(*) from domainevententry where globalindex <= ?", Long.class, lastEvent))
                    .isEqualTo(events);
        }
    }
}
