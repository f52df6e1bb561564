package bank.ledger.stream.webhook;

import java.net.URI;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.beans.factory.DisposableBean;
import bank.ledger.projections.support.FixedDelayTask;
import bank.ledger.stream.StreamProperties;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * Sends due deliveries: a signed POST per delivery, at most {@code batch} at a time, each bounded by
 * the request time-out. 2xx is delivered; anything else is retried with exponential back-off and
 * jitter (1 s, 2 s, 4 s ... capped) until the webhook's attempts are used up, then it is a dead letter.
 * Several nodes may run it: rows are claimed with {@code skip locked} and leased.
 */
@Component
@Profile("projections")
public class WebhookDispatcher extends FixedDelayTask implements DisposableBean {
    private static final long BACKOFF_BASE_MS = 1000;
    private final WebhookStore store;
    private final WebhookHttp http;
    private final long requestTimeoutMs;
    private final long backoffMaxMs;
    private final int batch;

    public WebhookDispatcher(WebhookStore store, WebhookTargets targets, StreamProperties properties) {
        super("webhook-dispatcher", properties.webhooks().pollMs());
        StreamProperties.Webhooks settings = properties.webhooks();
        this.store = store;
        this.requestTimeoutMs = settings.requestTimeoutMs();
        this.backoffMaxMs = settings.backoffMaxMs();
        this.batch = settings.batch();
        this.http = new WebhookHttp(targets, Duration.ofMillis(requestTimeoutMs), batch);
    }

    /** One round: claim what is due, send it all concurrently, record each outcome. */
    @Override
    protected void runOnce() {
        List<WebhookStore.Delivery> due = store.claimDue(batch, leaseSeconds());
        if (due.isEmpty()) {
            return;
        }
        Map<String, WebhookStore.Webhook> webhooks = store.all().stream()
                .collect(Collectors.toMap(WebhookStore.Webhook::id, Function.identity()));
        // A webhook deleted since the claim took its rows with it: nothing to send for those.
        CompletableFuture.allOf(due.stream().filter(d -> webhooks.containsKey(d.webhookId()))
                .map(d -> send(d, webhooks.get(d.webhookId())))
                .toArray(CompletableFuture[]::new)).join();
    }

    /**
     * The target is checked by the connection's own name lookup ({@link PinnedDnsResolver}): a host that
     * resolves inside the ledger's network fails the attempt with the reason, like any connection error.
     */
    private CompletableFuture<Void> send(WebhookStore.Delivery delivery, WebhookStore.Webhook webhook) {
        if (webhook.secret() == null) { // its key is no longer configured: nothing can be signed
            store.failed(delivery.deliveryId(), null, "not sent: the signing secret cannot be opened (its key is not "
                    + "configured); register the webhook again", webhook.maxAttempts(), backoffMs(delivery.attempts() + 1));
            return CompletableFuture.completedFuture(null);
        }
        long now = System.currentTimeMillis() / 1000;
        Map<String, String> headers = Map.of("X-Ledger-Event-Id", delivery.eventId(),
                "X-Ledger-Event-Type", delivery.eventType(),
                "X-Ledger-Delivery-Id", Long.toString(delivery.deliveryId()),
                WebhookSignature.HEADER, WebhookSignature.header(webhook.secret(), now, delivery.body()));
        return http.post(URI.create(webhook.url()), headers, delivery.body()).handle((status, failure) -> {
            if (failure == null && status / 100 == 2) {
                store.delivered(delivery.deliveryId(), status);
            } else {
                Throwable cause = failure instanceof CompletionException && failure.getCause() != null
                        ? failure.getCause() : failure;
                String error = failure == null ? "HTTP " + status : (cause instanceof UnknownHostException
                        ? "not sent: " : "") + cause.getClass().getSimpleName() + ": " + cause.getMessage();
                store.failed(delivery.deliveryId(), failure == null ? status : null, error, webhook.maxAttempts(),
                        backoffMs(delivery.attempts() + 1));
            }
            return null;
        });
    }

    /** Exponential from one second, capped, with up to 20% jitter so failing receivers are not hit in lockstep. */
    long backoffMs(int attempt) {
        long exponential = BACKOFF_BASE_MS << Math.min(attempt - 1, 20);
        long capped = Math.min(exponential, backoffMaxMs);
        return capped + ThreadLocalRandom.current().nextLong(capped / 5 + 1);
    }

    /** On destroy, not on stop: a stopped context (paused between tests) may start again. */
    @Override
    public void destroy() {
        http.close();
    }

    private int leaseSeconds() {
        return (int) (requestTimeoutMs / 1000 * 3 + 10);
    }
}
