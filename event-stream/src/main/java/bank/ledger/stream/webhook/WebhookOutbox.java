package bank.ledger.stream.webhook;

import bank.ledger.stream.EventCatalogue;
import bank.ledger.stream.EventEnvelope;
import bank.ledger.stream.Envelopes;
import bank.ledger.stream.StreamProcessors;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.List;
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
 * The webhooks come from {@link WebhookSubscriptions}, a list read again only now and then; the events handled
 * since the last reading are kept (at most {@link #SINCE_RELOAD_MAX}: a full buffer forces a reading), so a
 * webhook that shows up at a reading gets every event after its {@code fromPosition} that went by meanwhile.
 */
@Component
@Profile("projections")
@ProcessingGroup(WebhookOutbox.PROCESSING_GROUP)
public class WebhookOutbox {
    public static final String PROCESSING_GROUP = StreamProcessors.WEBHOOK_OUTBOX;
    static final int SINCE_RELOAD_MAX = 1000;
    private final WebhookStore store;
    private final WebhookSubscriptions subscriptions;
    private final ArrayDeque<Handled> sinceReload = new ArrayDeque<>();

    private record Handled(EventMessage<?> message, TrackingToken token) {
    }

    public WebhookOutbox(WebhookStore store, WebhookSubscriptions subscriptions) {
        this.store = store;
        this.subscriptions = subscriptions;
    }

    @EventHandler
    synchronized void on(Object payload, EventMessage<?> message, TrackingToken token) {
        if (EventCatalogue.isInternal(payload)) {
            return;
        }
        WebhookSubscriptions.Reading reading = subscriptions.read(sinceReload.size() >= SINCE_RELOAD_MAX);
        if (reading.reloaded()) {
            if (!reading.added().isEmpty()) {
                sinceReload.forEach(handled -> enqueue(reading.added(), handled.message(), handled.token()));
            }
            sinceReload.clear();
        }
        enqueue(reading.webhooks(), message, token);
        sinceReload.add(new Handled(message, token));
    }

    private void enqueue(List<WebhookStore.Webhook> webhooks, EventMessage<?> message, TrackingToken token) {
        EventEnvelope envelope = null;
        long position = token.position().orElse(0);
        for (WebhookStore.Webhook webhook : webhooks) {
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
