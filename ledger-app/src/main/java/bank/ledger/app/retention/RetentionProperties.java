package bank.ledger.app.retention;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Data retention ({@code ledger.retention.*}, docs/configuration.md "Data retention"): how often the job
 * runs, how many days delivered webhook deliveries and cancelled replays are kept, and how many rows one
 * statement and one run delete at most. Defaults here and nowhere else.
 */
@ConfigurationProperties("ledger.retention")
public record RetentionProperties(Boolean enabled, Long intervalMs, Integer deliveredWebhookDays,
                                  Integer cancelledReplayDays, Integer batchRows, Integer rowsPerRunMax) {
    public RetentionProperties {
        enabled = enabled == null || enabled;
        intervalMs = intervalMs == null ? 3_600_000L : intervalMs;
        deliveredWebhookDays = deliveredWebhookDays == null ? 30 : deliveredWebhookDays;
        cancelledReplayDays = cancelledReplayDays == null ? 30 : cancelledReplayDays;
        batchRows = batchRows == null ? 1_000 : batchRows;
        rowsPerRunMax = rowsPerRunMax == null ? 100_000 : rowsPerRunMax;
        positive("interval-ms", intervalMs);
        positive("delivered-webhook-days", deliveredWebhookDays);
        positive("cancelled-replay-days", cancelledReplayDays);
        positive("batch-rows", batchRows);
        positive("rows-per-run-max", rowsPerRunMax);
    }

    private static void positive(String key, long value) {
        if (value <= 0) {
            throw new IllegalArgumentException("ledger.retention." + key + " must be positive");
        }
    }
}
