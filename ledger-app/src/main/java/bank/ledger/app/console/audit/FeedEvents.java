package bank.ledger.app.console.audit;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;

/**
 * The event log in global order, a bounded slice at a time, for the live feed: who did what through which
 * channel and when. Reads the event store itself (no read model), the payload's type only (never its
 * body: an internal event may hold a thousand statement lines), and the metadata.
 */
public final class FeedEvents {
    private FeedEvents() {
    }

    public record Row(long position, Instant recordedAt, String type, String aggregateType, String aggregateId,
               String actor, String actorRole, String channel, String correlationId) {
        /** The history page of the event's aggregate, when the console has one for its type. */
        public String historyPath() {
            if ("Account".equals(aggregateType)) {
                return "/console/audit/accounts/" + aggregateId;
            }
            return "JournalEntry".equals(aggregateType) ? "/console/audit/entries/" + aggregateId : null;
        }
    }

    /** Up to {@code limit} events after {@code position}, oldest first. */
    static List<Row> after(EventStorageEngine events, long position, int limit) {
        List<Row> rows = new ArrayList<>();
        GapAwareTrackingToken from = GapAwareTrackingToken.newInstance(Math.max(-1, position), List.of());
        try (Stream<? extends TrackedEventMessage<?>> stream = events.readEvents(from, false)) {
            Iterator<? extends TrackedEventMessage<?>> messages = stream.limit(limit).iterator();
            while (messages.hasNext()) {
                rows.add(row(messages.next()));
            }
        }
        return rows;
    }

    private static Row row(TrackedEventMessage<?> message) {
        var metadata = message.getMetaData();
        String aggregateType = null;
        String aggregateId = null;
        if (message instanceof DomainEventMessage<?> domain) {
            aggregateType = domain.getType();
            aggregateId = domain.getAggregateIdentifier();
        }
        return new Row(message.trackingToken().position().orElse(-1), message.getTimestamp(),
                message.getPayloadType().getSimpleName(), aggregateType, aggregateId, text(metadata.get("actor")),
                text(metadata.get("actorRole")), text(metadata.get("channel")), text(metadata.get("correlationId")));
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }
}
