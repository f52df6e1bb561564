package bank.ledger.projections.hot;

import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.axonframework.config.Configuration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
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
public class DeadLetterRetry implements SmartLifecycle, DisposableBean {
    private static final Logger log = LoggerFactory.getLogger(DeadLetterRetry.class);
    private final Configuration axon;
    private final List<String> groups;
    private final long delaySeconds;
    private final int batch;
    private ScheduledExecutorService scheduler;

    public DeadLetterRetry(@Lazy Configuration axon,
                           @Value("${ledger.dead-letters.retry-groups:hot-accounts,account-lines}") List<String> groups,
                           @Value("${ledger.dead-letters.retry-seconds:10}") long delaySeconds,
                           @Value("${ledger.dead-letters.retry-batch:100}") int batch) {
        this.axon = axon;
        this.groups = List.copyOf(groups);
        this.delaySeconds = delaySeconds;
        this.batch = batch;
    }

    /** One round over every group; answers how many sequences were replayed successfully. */
    public int retryOnce() {
        int replayed = 0;
        for (String group : groups) {
            var processor = axon.eventProcessingConfiguration().sequencedDeadLetterProcessor(group);
            if (processor.isEmpty()) {
                continue;
            }
            for (int i = 0; i < batch && processor.get().processAny(); i++) {
                replayed++;
            }
        }
        if (replayed > 0) {
            log.info("replayed {} dead-lettered event sequences of {}", replayed, groups);
        }
        return replayed;
    }

    @Override
    public synchronized void start() {
        scheduler = Executors.newSingleThreadScheduledExecutor(r -> new Thread(r, "dead-letter-retry"));
        scheduler.scheduleWithFixedDelay(this::safeRetry, delaySeconds, delaySeconds, TimeUnit.SECONDS);
    }

    private void safeRetry() {
        try {
            retryOnce();
        } catch (RuntimeException e) {
            log.warn("dead-letter retry round failed; next round in {} s", delaySeconds, e);
        }
    }

    @Override
    public synchronized void stop() {
        if (scheduler != null) {
            scheduler.shutdownNow();
            scheduler = null;
        }
    }

    @Override
    public synchronized boolean isRunning() {
        return scheduler != null;
    }

    @Override
    public void destroy() {
        stop();
    }
}
