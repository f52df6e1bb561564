package bank.ledger.app.consistency;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code waitMs}: how long write-side work computed from the read models (revaluation, year-end closing)
 * waits for them to hold every event recorded before it started; after that it answers 503
 * {@code readModelCatchingUp} and writes nothing. The statement matcher's pass waits as long for the ledger
 * items, then decides nothing and fails its round (the next one retries). {@code retryAfterSeconds}: the
 * Retry-After it answers.
 */
@ConfigurationProperties("ledger.read-model-barrier")
public record ReadModelBarrierProperties(@DefaultValue("15000") long waitMs,
                                         @DefaultValue("2") long retryAfterSeconds) {
    public ReadModelBarrierProperties {
        if (waitMs < 0 || waitMs > 300_000 || retryAfterSeconds < 1 || retryAfterSeconds > 3_600) {
            throw new IllegalArgumentException("ledger.read-model-barrier: wait-ms 0..300000 and retry-after-seconds"
                    + " 1..3600 (were " + waitMs + ", " + retryAfterSeconds + ")");
        }
    }
}
