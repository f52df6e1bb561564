package bank.ledger.projections.stream;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * A background loop on one named thread: a round every {@code pollMs} after the previous one ended, a
 * failed round logged and retried at the next; started and stopped with the application context.
 */
public abstract class PollingLifecycle implements SmartLifecycle {
    private final Logger log = LoggerFactory.getLogger(getClass());
    private final String threadName;
    private final long pollMs;
    private ScheduledExecutorService scheduler;

    protected PollingLifecycle(String threadName, long pollMs) {
        this.threadName = threadName;
        this.pollMs = pollMs;
    }

    protected abstract void round();

    @Override
    public synchronized void start() {
        scheduler = Executors.newSingleThreadScheduledExecutor(r -> new Thread(r, threadName));
        scheduler.scheduleWithFixedDelay(() -> {
            try {
                round();
            } catch (RuntimeException e) {
                log.warn("{} round failed; next round in {} ms", threadName, pollMs, e);
            }
        }, pollMs, pollMs, TimeUnit.MILLISECONDS);
    }

    @Override
    public synchronized void stop() {
        scheduler.shutdownNow();
        scheduler = null;
    }

    @Override
    public synchronized boolean isRunning() {
        return scheduler != null;
    }
}
