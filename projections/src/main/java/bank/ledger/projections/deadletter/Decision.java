package bank.ledger.projections.deadletter;

import java.time.Instant;

/**
 * An operator's decision on a dead letter and what came of it: {@code RETRY} ends {@code RESOLVED} (the
 * letter was processed and is gone) or {@code STILL_FAILING} (it stays, with the new {@code cause});
 * {@code SKIP} ends {@code SKIPPED} (the letter is removed unprocessed: the read model never gets the event).
 */
public record Decision(String deadLetterId, String group, String eventId, String decision, String outcome,
                       String reason, String cause, String decidedBy, Instant decidedAt) {
}
