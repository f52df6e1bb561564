package bank.ledger.projections.stream.webhook;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.beans.factory.annotation.Value;
import bank.ledger.projections.support.FixedDelayTask;
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
public class WebhookDispatcher extends FixedDelayTask {
    private static final long BACKOFF_BASE_MS = 1000;
    private final WebhookStore store;
    private final WebhookTargets targets;
    private final HttpClient http;
    private final Duration requestTimeout;
    private final long backoffMaxMs;
    private final int batch;

    public WebhookDispatcher(WebhookStore store, WebhookTargets targets,
                             @Value("${ledger.stream.webhooks.request-timeout-ms:5000}") long requestTimeoutMs,
                             @Value("${ledger.stream.webhooks.backoff-max-ms:600000}") long backoffMaxMs,
                             @Value("${ledger.stream.webhooks.poll-ms:250}") long pollMs,
                             @Value("${ledger.stream.webhooks.batch:20}") int batch) {
        super("webhook-dispatcher", pollMs);
        this.store = store;
        this.targets = targets;
        this.requestTimeout = Duration.ofMillis(requestTimeoutMs);
        this.backoffMaxMs = backoffMaxMs;
        this.batch = batch;
        this.http = HttpClient.newBuilder().connectTimeout(requestTimeout)
                .followRedirects(HttpClient.Redirect.NEVER).build();
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
        // Each webhook's host is looked up once a round, not once per delivery (a round holds up to `batch`).
        Map<String, Optional<String>> refusals = new HashMap<>();
        // A webhook deleted since the claim took its rows with it: nothing to send for those.
        CompletableFuture.allOf(due.stream().filter(d -> webhooks.containsKey(d.webhookId()))
                .map(d -> send(d, webhooks.get(d.webhookId()), refusals.computeIfAbsent(d.webhookId(),
                        id -> Optional.ofNullable(targets.refusal(URI.create(webhooks.get(id).url()))))))
                .toArray(CompletableFuture[]::new)).join();
    }

    /** {@code refused}: why the webhook's host may not be called now (it resolves inside the ledger's network). */
    private CompletableFuture<Void> send(WebhookStore.Delivery delivery, WebhookStore.Webhook webhook,
                                         Optional<String> refused) {
        if (refused.isPresent()) { // never sent there
            store.failed(delivery.deliveryId(), null, "not sent: " + refused.get(), webhook.maxAttempts(),
                    backoffMs(delivery.attempts() + 1));
            return CompletableFuture.completedFuture(null);
        }
        long now = System.currentTimeMillis() / 1000;
        HttpRequest request = HttpRequest.newBuilder(URI.create(webhook.url())).timeout(requestTimeout)
                .header("Content-Type", "application/json")
                .header("X-Ledger-Event-Id", delivery.eventId())
                .header("X-Ledger-Event-Type", delivery.eventType())
                .header("X-Ledger-Delivery-Id", Long.toString(delivery.deliveryId()))
                .header(WebhookSignature.HEADER, WebhookSignature.header(webhook.secret(), now, delivery.body()))
                .POST(HttpRequest.BodyPublishers.ofString(delivery.body())).build();
        return http.sendAsync(request, HttpResponse.BodyHandlers.discarding()).handle((response, failure) -> {
            if (failure == null && response.statusCode() / 100 == 2) {
                store.delivered(delivery.deliveryId(), response.statusCode());
            } else {
                Integer status = failure == null ? response.statusCode() : null;
                String error = failure == null ? "HTTP " + status : failure.getClass().getSimpleName() + ": " + failure.getMessage();
                store.failed(delivery.deliveryId(), status, error, webhook.maxAttempts(), backoffMs(delivery.attempts() + 1));
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

    private int leaseSeconds() {
        return (int) (requestTimeout.toSeconds() * 3 + 10);
    }
}
