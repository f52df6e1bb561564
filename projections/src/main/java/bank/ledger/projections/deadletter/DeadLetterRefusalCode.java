package bank.ledger.projections.deadletter;

import bank.ledger.domain.refusal.RefusalCode;
import bank.ledger.domain.refusal.RefusalReason;

/** The dead-letter API's own refusal: no such dead letter in the projection's group. */
public enum DeadLetterRefusalCode implements RefusalReason {
    DEAD_LETTER_NOT_FOUND("deadLetterNotFound");

    private final String code;

    DeadLetterRefusalCode(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }

    @Override
    public RefusalCode.Kind kind() {
        return RefusalCode.Kind.NOT_FOUND;
    }
}
