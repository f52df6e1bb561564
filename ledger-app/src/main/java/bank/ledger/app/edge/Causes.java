package bank.ledger.app.edge;

/** The cause chain of a failure, searched for one kind: frameworks wrap what the edge must recognise. */
public final class Causes {
    private static final int DEPTH_MAX = 32;

    private Causes() {
    }

    /** The first throwable of this type in the chain (the failure itself included), or null. Cycles end. */
    public static <T extends Throwable> T find(Throwable failure, Class<T> type) {
        Throwable cause = failure;
        for (int depth = 0; cause != null && depth < DEPTH_MAX; depth++) {
            if (type.isInstance(cause)) {
                return type.cast(cause);
            }
            cause = cause.getCause() == cause ? null : cause.getCause();
        }
        return null;
    }
}
