package bank.ledger.stream.webhook;

import bank.ledger.stream.StreamProperties;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.LongSupplier;
import java.util.function.Supplier;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * The webhooks the outbox matches events against, read from {@code stream_webhook} at most once per
 * {@code ledger.stream.webhooks.subscriptions-ttl-ms} instead of once per event (issue 11: a
 * {@code select} from {@code stream_webhook} per event handled). A webhook made or deleted through this node
 * {@link #invalidate() invalidates} the list at once; one made on another node shows at the next reload,
 * and {@link WebhookOutbox} then catches it up from the events it handled since the previous reload.
 * A webhook deleted elsewhere may still be matched until then: its delivery row is not written
 * ({@link WebhookStore#enqueue} checks the webhook exists).
 */
@Component
@Profile("projections")
public class WebhookSubscriptions {
    private final Supplier<List<WebhookStore.Webhook>> load;
    private final LongSupplier nanoTime;
    private final long ttlNanos;
    private volatile boolean invalid = true;
    private List<WebhookStore.Webhook> current = List.of();
    private long loadedAtNanos;

    /** A reading of the list; {@code added}: webhooks that were not in the previous reading (empty when cached). */
    record Reading(List<WebhookStore.Webhook> webhooks, List<WebhookStore.Webhook> added, boolean reloaded) {
    }

    @Autowired
    public WebhookSubscriptions(WebhookStore store, StreamProperties properties) {
        this(store::subscriptions, System::nanoTime, properties.webhooks().subscriptionsTtlMs());
    }

    WebhookSubscriptions(Supplier<List<WebhookStore.Webhook>> load, LongSupplier nanoTime, long ttlMs) {
        this.load = load;
        this.nanoTime = nanoTime;
        this.ttlNanos = ttlMs * 1_000_000;
    }

    /** The next {@link #read} goes to the database: a webhook was made or deleted here. */
    public void invalidate() {
        invalid = true;
    }

    /** The list, reloaded when invalidated, older than the TTL, or when {@code force} (the caller's buffer is full). */
    synchronized Reading read(boolean force) {
        long now = nanoTime.getAsLong();
        if (!force && !invalid && now - loadedAtNanos < ttlNanos) {
            return new Reading(current, List.of(), false);
        }
        invalid = false; // before the load: an invalidation during it forces the next one
        List<WebhookStore.Webhook> loaded = List.copyOf(load.get());
        Set<String> known = new HashSet<>();
        current.forEach(webhook -> known.add(webhook.id()));
        List<WebhookStore.Webhook> added = loaded.stream().filter(webhook -> !known.contains(webhook.id())).toList();
        current = loaded;
        loadedAtNanos = now;
        return new Reading(loaded, added, true);
    }
}
