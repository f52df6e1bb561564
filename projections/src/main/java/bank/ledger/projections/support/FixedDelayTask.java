package bank.ledger.projections.support;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * A background task on its own thread, run with a fixed delay between rounds while the application
 * runs, and stopped with it. A failing round is logged and the next one runs on time.
 */
public abstract class FixedDelayTask implements SmartLifecycle {
    private static final Logger log = LoggerFactory.getLogger(FixedDelayTask.class);
    private final String name;
    private final long delayMillis;
    private ScheduledExecutorService scheduler;

    protected FixedDelayTask(String name, long delayMillis) {
        this.name = name;
        this.delayMillis = delayMillis;
    }

    /** One round of work. */
    protected abstract void runOnce();

    @Override
    public synchronized void start() {
        scheduler = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, name);
            thread.setDaemon(true);
            return thread;
        });
        scheduler.scheduleWithFixedDelay(this::safely, delayMillis, delayMillis, TimeUnit.MILLISECONDS);
    }

    private void safely() {
        try {
            runOnce();
        } catch (RuntimeException e) {
            log.warn("{} round failed; next round in {} ms", name, delayMillis, e);
        } catch (Error e) {
            // the executor cancels a periodic task that throws: say so, or the task would stop in silence
            log.error("ALARM {} stopped for good by an error; restart the application", name, e);
            throw e;
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
}
