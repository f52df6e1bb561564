package bank.ledger.command.consistency;

/**
 * The read models are still behind the events recorded before the request: nothing was written; the
 * client asks again after {@code retryAfterSeconds} (503 {@code readModelCatchingUp} with Retry-After,
 * as the trial balance answers in the same case).
 */
public final class ReadModelCatchingUp extends RuntimeException {
    public static final String CODE = "readModelCatchingUp";
    private final long retryAfterSeconds;

    public ReadModelCatchingUp(String detail, long retryAfterSeconds) {
        super(detail);
        this.retryAfterSeconds = retryAfterSeconds;
    }

    public long retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
