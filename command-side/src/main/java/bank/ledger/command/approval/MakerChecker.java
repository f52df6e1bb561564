package bank.ledger.command.approval;

import bank.ledger.domain.approval.FourEyesPolicy;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The configured four-eyes policy and whether it is on. On or off can change at run time (the
 * integration tests share one application context and switch it per test; no endpoint exposes it): the
 * command handlers read it per command.
 */
public class MakerChecker {
    private final FourEyesPolicy policy;
    private final AtomicBoolean enabled;
    private final Duration approvalTtl;

    public MakerChecker(MakerCheckerProperties properties) {
        this.policy = new FourEyesPolicy(properties.thresholds(), properties.postingThreshold());
        this.enabled = new AtomicBoolean(properties.enabled());
        this.approvalTtl = properties.approvalTtl();
    }

    public Optional<FourEyesPolicy> policy() {
        return enabled.get() ? Optional.of(policy) : Optional.empty();
    }

    public boolean enabled() {
        return enabled.get();
    }

    /** Answers the previous setting, so a caller can restore it. */
    public boolean setEnabled(boolean on) {
        return enabled.getAndSet(on);
    }

    public Duration approvalTtl() {
        return approvalTtl;
    }
}
