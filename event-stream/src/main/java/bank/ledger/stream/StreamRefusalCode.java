package bank.ledger.stream;

import bank.ledger.domain.refusal.RefusalCode.Kind;
import bank.ledger.domain.refusal.RefusalReason;

/** The stream API's own refusals: a subscription or a webhook's dead letter that is not there (or not the caller's). */
public final class StreamRefusalCode {
    /** A webhook or replay that does not exist, or belongs to another principal (docs/event-stream.md "Ownership"). */
    public static final RefusalReason SUBSCRIPTION_NOT_FOUND = RefusalReason.of("subscriptionNotFound", Kind.NOT_FOUND);
    /** A webhook delivery that is not one of its dead letters; the same code as a projection's dead letter. */
    public static final RefusalReason DEAD_LETTER_NOT_FOUND = RefusalReason.of("deadLetterNotFound", Kind.NOT_FOUND);

    private StreamRefusalCode() {
    }
}
