package bank.ledger.projections.hot;

import bank.ledger.projections.support.FixedDelayTask;
import java.util.List;
import org.axonframework.config.Configuration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Lazy;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * Retries dead letters of the listed processing groups on a fixed delay. A failing handler (Redis down,
 * say) puts its event, and every later event of the same account, into Axon's dead-letter queue; once
 * the cause is gone, this replays them in order. Bounded: at most {@code ledger.dead-letters.retry-batch}
 * sequences per group per round.
 */
@Component
@Profile("projections")
public class DeadLetterRetry extends FixedDelayTask {
    private static final Logger log = LoggerFactory.getLogger(DeadLetterRetry.class);
    private final Configuration axon;
    private final List<String> groups;
    private final int batch;

    public DeadLetterRetry(@Lazy Configuration axon, DeadLetterRetryProperties properties) {
        super("dead-letter-retry", properties.retrySeconds() * 1000);
        this.axon = axon;
        this.groups = properties.retryGroups();
        this.batch = properties.retryBatch();
    }

    @Override
    protected void runOnce() {
        int replayed = 0;
        for (String group : groups) {
            var processor = axon.eventProcessingConfiguration().sequencedDeadLetterProcessor(group);
            for (int i = 0; processor.isPresent() && i < batch && processor.get().processAny(); i++) {
                replayed++;
            }
        }
        if (replayed > 0) {
            log.info("replayed {} dead-lettered event sequences of {}", replayed, groups);
        }
    }
}
