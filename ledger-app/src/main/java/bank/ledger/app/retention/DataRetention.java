package bank.ledger.app.retention;

import bank.ledger.projections.support.FixedDelayTask;
import bank.ledger.projections.support.jobs.ClusterJobs;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Deletes what has served its purpose (docs/operations.md "Data retention"): webhook deliveries delivered
 * more than {@code delivered-webhook-days} ago and replays cancelled more than {@code cancelled-replay-days}
 * ago, oldest first, {@code batch-rows} per statement (each its own short transaction) and at most
 * {@code rows-per-run-max} per run. Pending and dead deliveries and running replays are never deleted; nor
 * is anything else: the event store, the audit tables and the read models keep every row. One node at a
 * time runs it ({@link ClusterJobs}, job {@value #JOB}).
 */
public class DataRetention extends FixedDelayTask {
    static final String JOB = "retention";
    private static final Logger log = LoggerFactory.getLogger(DataRetention.class);
    private static final String DELIVERED_WEBHOOKS = """
            delete from stream_webhook_delivery where delivery_id in (select delivery_id from stream_webhook_delivery
                where status = 'DELIVERED' and delivered_at < ? order by delivered_at limit ?)""";
    private static final String CANCELLED_REPLAYS = """
            delete from stream_replay where replay_id in (select replay_id from stream_replay
                where status = 'CANCELLED' and updated_at < ? order by updated_at limit ?)""";
    private final JdbcTemplate jdbc;
    private final RetentionProperties settings;
    private final ClusterJobs jobs;
    private final Clock clock;
    private final MeterRegistry meters;

    public DataRetention(JdbcTemplate jdbc, RetentionProperties settings, ClusterJobs jobs, Clock clock,
                         MeterRegistry meters) {
        super("data-retention", settings.intervalMs());
        this.jdbc = jdbc;
        this.settings = settings;
        this.jobs = jobs;
        this.clock = clock;
        this.meters = meters;
        jobs.register(JOB, Duration.ofMillis(settings.intervalMs()));
    }

    /** What one run deleted. */
    public record Purged(int deliveredWebhooks, int cancelledReplays) {
    }

    @Override
    protected void runOnce() {
        jobs.runOnce(JOB, this::purge);
    }

    /** One run, on this node, without the job's lease (the scheduled rounds take it). */
    public Purged purge() {
        Instant now = clock.instant();
        int budget = settings.rowsPerRunMax();
        int webhooks = inBatches("stream_webhook_delivery", DELIVERED_WEBHOOKS,
                now.minus(Duration.ofDays(settings.deliveredWebhookDays())), budget);
        int replays = inBatches("stream_replay", CANCELLED_REPLAYS,
                now.minus(Duration.ofDays(settings.cancelledReplayDays())), budget - webhooks);
        if (webhooks + replays > 0) {
            log.info("retention deleted {} delivered webhook deliveries and {} cancelled replays", webhooks, replays);
        }
        return new Purged(webhooks, replays);
    }

    private int inBatches(String table, String delete, Instant before, int budget) {
        int total = 0;
        while (total < budget) {
            int limit = Math.min(settings.batchRows(), budget - total);
            int deleted = jdbc.update(delete, Timestamp.from(before), limit);
            total += deleted;
            if (deleted < limit) {
                break;
            }
        }
        Counter.builder("ledger.retention.deleted").tag("table", table)
                .description("rows the retention job deleted, by table").register(meters).increment(total);
        return total;
    }
}
