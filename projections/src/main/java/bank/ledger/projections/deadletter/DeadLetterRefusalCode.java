package bank.ledger.projections.deadletter;

import bank.ledger.domain.refusal.RefusalCode.Kind;
import bank.ledger.domain.refusal.RefusalReason;

/** The dead-letter API's own refusal: no such dead letter in the projection's group. */
public final class DeadLetterRefusalCode {
    public static final RefusalReason DEAD_LETTER_NOT_FOUND = RefusalReason.of("deadLetterNotFound", Kind.NOT_FOUND);

    private DeadLetterRefusalCode() {
    }
}
