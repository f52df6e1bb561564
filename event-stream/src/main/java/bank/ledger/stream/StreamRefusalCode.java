package bank.ledger.stream;

import bank.ledger.domain.refusal.RefusalCode;
import bank.ledger.domain.refusal.RefusalReason;

/** The stream API's own refusals: a subscription or a webhook's dead letter that is not there (or not the caller's). */
public enum StreamRefusalCode implements RefusalReason {
    /** A webhook or replay that does not exist, or belongs to another principal (docs/event-stream.md "Ownership"). */
    SUBSCRIPTION_NOT_FOUND("subscriptionNotFound"),
    /** A webhook delivery that is not one of its dead letters; the same code as a projection's dead letter. */
    DEAD_LETTER_NOT_FOUND("deadLetterNotFound");

    private final String code;

    StreamRefusalCode(String code) {
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
