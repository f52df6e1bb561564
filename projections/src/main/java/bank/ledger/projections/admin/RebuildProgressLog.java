package bank.ledger.projections.admin;

import bank.ledger.projections.support.FixedDelayTask;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/** Logs the progress of every running rebuild, so operators can follow it without the API. */
@Component
@Profile("projections")
public class RebuildProgressLog extends FixedDelayTask {
    private static final Logger log = LoggerFactory.getLogger(RebuildProgressLog.class);
    private final ProcessorAdmin admin;

    public RebuildProgressLog(ProcessorAdmin admin, RebuildProperties properties) {
        super("rebuild-progress-log", properties.progressLogSeconds() * 1000);
        this.admin = admin;
    }

    @Override
    protected void runOnce() {
        for (String name : admin.rebuilding()) {
            ProcessorStatus.Rebuild r = admin.status(name).rebuild();
            log.info("rebuild of {}: {}/{} events, {} events/s, {} s left", name, r.eventsDone(), r.eventsTotal(),
                    r.eventsPerSecond(), r.secondsLeft() == null ? "?" : r.secondsLeft());
        }
    }
}
