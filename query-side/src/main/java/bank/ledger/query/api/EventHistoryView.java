package bank.ledger.query.api;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/** Stored events as they are, with their metadata; {@code nextAfterSequence} is null on the last page. */
public record EventHistoryView(String aggregateId, String aggregateType, List<Event> events, Long nextAfterSequence) {

    /** One stored event: the payload is the event record itself (amounts in minor units, as stored). */
    public record Event(long sequence, String type, Instant recordedAt, String actor, String actorRole,
                        String channel, String correlationId, Map<String, Object> metadata, Object payload) {
    }
}
