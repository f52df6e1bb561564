package bank.ledger.stream.amqp;

import bank.ledger.stream.EventCatalogue;
import bank.ledger.stream.EventEnvelope;
import bank.ledger.stream.Envelopes;
import bank.ledger.stream.RoutingKeys;
import java.util.List;
import bank.ledger.stream.StreamProcessors;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * Publishes every ledger event to the topic exchange, one copy per account it names (routing key
 * {@code <type>.<account>}), all copies with the same {@code eventId}. Runs in its own streaming
 * processor with one segment: events leave in global order, and the next one is not sent before the
 * broker confirmed the previous one, so an account's events reach a queue in order. A failure throws
 * (no dead-letter queue for this group): the batch is retried and the token does not advance.
 */
@Component
@Profile("projections")
@ProcessingGroup(AmqpPublisher.PROCESSING_GROUP)
public class AmqpPublisher {
    public static final String PROCESSING_GROUP = StreamProcessors.AMQP_PUBLISHER;
    private final ConfirmingSender sender;
    private final StreamTopology topology;

    public AmqpPublisher(ConfirmingSender streamSender, StreamTopology topology) {
        this.sender = streamSender;
        this.topology = topology;
    }

    @EventHandler
    void on(Object payload, EventMessage<?> message, TrackingToken token) {
        if (EventCatalogue.isInternal(payload)) {
            return;
        }
        EventEnvelope envelope = Envelopes.of(message, token);
        sender.publish(topology.exchange(), routingKeys(envelope), envelope);
    }

    static List<String> routingKeys(EventEnvelope envelope) {
        if (envelope.accountIds().isEmpty()) {
            return List.of(RoutingKeys.of(envelope.type(), null));
        }
        return envelope.accountIds().stream().map(account -> RoutingKeys.of(envelope.type(), account)).toList();
    }
}
