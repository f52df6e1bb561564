package bank.ledger.domain.refusal;

/**
 * Why something was refused: a stable, client-visible {@link #code()} and the {@link #kind()} the web
 * edge maps onto one HTTP status. The ledger's own rules give a {@link RefusalCode}; a module whose API
 * refuses for reasons of its own (the event stream's subscriptions, the projections' dead letters)
 * owns them in an enum of its own implementing this, so the domain holds domain refusals only.
 */
public interface RefusalReason {

    /** The contract: clients switch on it, so a code is never renamed, only added. */
    String code();

    RefusalCode.Kind kind();
}
