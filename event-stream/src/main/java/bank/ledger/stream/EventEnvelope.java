package bank.ledger.stream;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The versioned message every integrator receives, on RabbitMQ and in webhook bodies alike
 * (docs/events/envelope.schema.json). {@code eventId} is the deduplication key: the stream is
 * at-least-once, so a consumer may see an event more than once and must ignore repeats.
 * {@code globalPosition} orders all events; {@code aggregateSequence} orders one aggregate's.
 */
public record EventEnvelope(
        int envelopeVersion,
        String eventId,
        String type,
        int schemaVersion,
        long globalPosition,
        String aggregateId,
        long aggregateSequence,
        LocalDate effectiveDate,
        Instant recordedAt,
        String correlationId,
        List<String> accountIds,
        Map<String, Object> payload) {
    public static final int VERSION = 1;
}
