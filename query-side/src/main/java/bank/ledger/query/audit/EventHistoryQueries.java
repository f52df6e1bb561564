package bank.ledger.query.audit;

import bank.ledger.query.api.EventHistoryView;
import bank.ledger.query.api.FindEventHistory;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.context.annotation.Lazy;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * Audit history straight from the event store, never from a read model: what was recorded, when, by
 * whom, through which channel, under which correlation id. Reads from the given sequence number, so
 * snapshots are not involved and every event is shown.
 */
@Component
@Profile("query")
public class EventHistoryQueries {
    private final EventStore events;

    public EventHistoryQueries(@Lazy EventStore events) {
        this.events = events;
    }

    @org.axonframework.queryhandling.QueryHandler
    public Optional<EventHistoryView> handle(FindEventHistory query) {
        DomainEventStream stream = events.readEvents(query.aggregateId(), query.afterSequence() + 1);
        List<EventHistoryView.Event> page = new ArrayList<>();
        String type = null;
        while (stream.hasNext() && page.size() < query.pageSize()) {
            DomainEventMessage<?> event = stream.next();
            type = event.getType();
            if (!query.aggregateType().equals(type)) {
                return Optional.empty();
            }
            page.add(view(event));
        }
        if (page.isEmpty() && !exists(query)) {
            return Optional.empty();
        }
        Long next = stream.hasNext() ? page.get(page.size() - 1).sequence() : null;
        return Optional.of(new EventHistoryView(query.aggregateId(), query.aggregateType(), List.copyOf(page), next));
    }

    /** An empty page past the end is a valid answer for an aggregate that exists. */
    private boolean exists(FindEventHistory query) {
        DomainEventStream first = events.readEvents(query.aggregateId(), 0);
        return first.hasNext() && query.aggregateType().equals(first.peek().getType());
    }

    static EventHistoryView.Event view(DomainEventMessage<?> e) {
        Map<String, Object> metadata = new java.util.TreeMap<>(e.getMetaData());
        return new EventHistoryView.Event(e.getSequenceNumber(), e.getPayloadType().getSimpleName(), e.getTimestamp(),
                text(metadata, "actor"), text(metadata, "actorRole"), text(metadata, "channel"),
                text(metadata, "correlationId"), metadata, e.getPayload());
    }

    private static String text(Map<String, Object> metadata, String key) {
        Object value = metadata.get(key);
        return value == null ? null : value.toString();
    }
}
