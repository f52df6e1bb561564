package bank.ledger.projections.deadletter;

import java.time.Instant;

/**
 * One dead letter as operators see it: the event (id, payload type, aggregate and its sequence number),
 * the sequence it holds up ({@code sequenceId}: the aggregate, whose later events wait behind it, in
 * {@code sequenceIndex} order), why it failed, when it was enqueued and last tried.
 */
public record DeadLetterView(String id, String group, String eventId, String eventType, String aggregateType,
                             String aggregateId, Long sequenceNumber, String sequenceId, long sequenceIndex,
                             String causeType, String cause, Instant enqueuedAt, Instant lastTouched) {
}
