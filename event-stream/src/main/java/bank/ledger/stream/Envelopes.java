package bank.ledger.stream;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.TrackingToken;
import tools.jackson.databind.json.JsonMapper;

/** Builds envelopes from stored events and writes them as JSON; the one place both channels share. */
public final class Envelopes {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private Envelopes() {
    }

    /**
     * The envelope of a stored event. The global position is the event store's global index, read
     * from the processor's tracking token for this very event: the same number for every replay.
     */
    public static EventEnvelope of(EventMessage<?> message, TrackingToken token) {
        PublicEvent event = EventCatalogue.describe(message.getPayload());
        long position = token.position().orElseThrow(() -> new IllegalStateException("token without a position: " + token));
        String aggregateId = null;
        long sequence = 0;
        if (message instanceof DomainEventMessage<?> domain) {
            aggregateId = domain.getAggregateIdentifier();
            sequence = domain.getSequenceNumber();
        }
        Object correlationId = message.getMetaData().get("correlationId");
        return new EventEnvelope(EventEnvelope.VERSION, message.getIdentifier(), event.type(), event.schemaVersion(),
                position, aggregateId, sequence, event.effectiveDate(), message.getTimestamp(),
                correlationId == null ? null : correlationId.toString(), event.accountIds(), event.payload());
    }

    public static byte[] json(EventEnvelope envelope) {
        return JSON.writeValueAsBytes(envelope);
    }
}
