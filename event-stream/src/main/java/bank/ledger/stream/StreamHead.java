package bank.ledger.stream;

import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/** The newest global position in the event store: what every subscriber's lag is measured against. */
@Component
@Profile("projections")
public class StreamHead {
    private final EventStore eventStore;

    public StreamHead(EventStore eventStore) {
        this.eventStore = eventStore;
    }

    public long position() {
        TrackingToken head = eventStore.createHeadToken();
        return head == null ? 0 : head.position().orElse(0);
    }

    public EventStore store() {
        return eventStore;
    }
}
