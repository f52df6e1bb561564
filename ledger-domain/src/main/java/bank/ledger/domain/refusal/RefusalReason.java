package bank.ledger.domain.refusal;

/**
 * Why something was refused: a stable, client-visible {@link #code()} and the {@link #kind()} the web
 * edge maps onto one HTTP status. The ledger's own rules give a {@link RefusalCode}; a module whose API
 * refuses for reasons of its own (the event stream's subscriptions, the projections' dead letters)
 * owns them as constants made by {@link #of}, so the domain holds domain refusals only.
 */
public interface RefusalReason {

    /** The contract: clients switch on it, so a code is never renamed, only added. */
    String code();

    RefusalCode.Kind kind();

    /** A module's own reason, for a constant in that module (compared by value, like the codes on the wire). */
    static RefusalReason of(String code, RefusalCode.Kind kind) {
        return new Own(code, kind);
    }

    /** What {@link #of} makes. */
    record Own(String code, RefusalCode.Kind kind) implements RefusalReason {
        public Own {
            if (code == null || code.isBlank() || kind == null) {
                throw new IllegalArgumentException("a refusal reason needs a code and a kind");
            }
        }
    }
}
