package bank.ledger.stream.webhook;

import bank.ledger.stream.EventCatalogue;
import bank.ledger.stream.EventEnvelope;
import bank.ledger.stream.Envelopes;
import java.nio.charset.StandardCharsets;
import bank.ledger.stream.StreamProcessors;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * Writes one delivery row per matching webhook for every event, in the processor's transaction:
 * the token and the rows commit together, so no event is lost between the store and the outbox.
 * The HTTP calls happen later, in {@link WebhookDispatcher}, so a slow receiver never holds the stream.
 */
@Component
@Profile("projections")
@ProcessingGroup(WebhookOutbox.PROCESSING_GROUP)
public class WebhookOutbox {
    public static final String PROCESSING_GROUP = StreamProcessors.WEBHOOK_OUTBOX;
    private final WebhookStore store;

    public WebhookOutbox(WebhookStore store) {
        this.store = store;
    }

    @EventHandler
    void on(Object payload, EventMessage<?> message, TrackingToken token) {
        if (EventCatalogue.isInternal(payload)) {
            return;
        }
        EventEnvelope envelope = null;
        for (WebhookStore.Webhook webhook : store.subscriptions()) {
            long position = token.position().orElse(0);
            if (position <= webhook.fromPosition()) {
                continue;
            }
            envelope = envelope != null ? envelope : Envelopes.of(message, token);
            if (webhook.filter().matches(envelope)) {
                String body = new String(Envelopes.json(envelope), StandardCharsets.UTF_8);
                store.enqueue(webhook.id(), envelope.eventId(), envelope.type(), envelope.globalPosition(), body);
            }
        }
    }
}
