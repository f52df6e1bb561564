package bank.ledger.query.api;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** Stored events as they are, with their metadata; {@code nextAfterSequence} is null on the last page. */
public record EventHistoryView(String aggregateId, String aggregateType, List<Event> events, Long nextAfterSequence) {

    /** The page's {@code items}; {@code events} is the old name, kept one version. */
    @JsonProperty("items")
    public List<Event> items() {
        return events;
    }

    /** Pass it as {@code after} for the next page, null on the last; {@code nextAfterSequence} is the old name. */
    @JsonProperty("nextAfter")
    public Long nextAfter() {
        return nextAfterSequence;
    }

    /** One stored event: the payload is the event record itself (amounts in minor units, as stored). */
    public record Event(long sequence, String type, Instant recordedAt, String actor, String actorRole,
                        String channel, String correlationId, Map<String, Object> metadata, Object payload) {
    }
}
