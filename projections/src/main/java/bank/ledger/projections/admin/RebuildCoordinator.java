package bank.ledger.projections.admin;

import bank.ledger.projections.support.FixedDelayTask;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * Every node with the projections role takes part in every rebuild, wherever it was requested: each round
 * stops the processors with a pending rebuild, rewinds them once no node runs them, and starts them again
 * (docs/architecture.md "Rebuilds across nodes"). One cheap query a round when no rebuild is pending.
 */
@Component
@Profile("projections")
public class RebuildCoordinator extends FixedDelayTask {
    private final ProcessorAdmin admin;

    public RebuildCoordinator(ProcessorAdmin admin, RebuildProperties properties) {
        super("rebuild-coordinator", properties.coordinationIntervalMs());
        this.admin = admin;
    }

    @Override
    protected void runOnce() {
        admin.coordinate();
    }
}
