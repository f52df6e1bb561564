package bank.ledger.domain.payment.api;

/**
 * Where a payment stands. INITIATED: the hold is placed; BATCHED: it is in a pain.001 file for the bank;
 * ACCEPTED: the bank accepted it and the hold is posted; SETTLED: a statement line confirmed the debit
 * (the hold posted then, if no status report had); REJECTED: the bank refused it and the hold is voided.
 */
public enum PaymentStatus {
    INITIATED, BATCHED, ACCEPTED, SETTLED, REJECTED;

    /** The bank has not decided yet: the money is held, not moved. */
    public boolean isOpen() {
        return this == INITIATED || this == BATCHED;
    }
}
