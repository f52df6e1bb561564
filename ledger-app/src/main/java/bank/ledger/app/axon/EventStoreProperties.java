package bank.ledger.app.axon;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code ledger.event-store.read-batch-size}: events per query when a processor reads the store behind its head
 * (a rebuild, a replay, a restart after a pause) and per page of an aggregate's events. Bounded: each batch is held
 * in memory (about 1 KB an event).
 */
@ConfigurationProperties("ledger.event-store")
public record EventStoreProperties(@DefaultValue("1000") int readBatchSize) {
    public static final int READ_BATCH_SIZE_MAX = 10_000;

    public EventStoreProperties {
        if (readBatchSize < 1 || readBatchSize > READ_BATCH_SIZE_MAX) {
            throw new IllegalArgumentException("ledger.event-store.read-batch-size must be 1.." + READ_BATCH_SIZE_MAX);
        }
    }
}
