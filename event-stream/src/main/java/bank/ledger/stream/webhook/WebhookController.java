package bank.ledger.stream.webhook;

import bank.ledger.domain.refusal.Fields;
import bank.ledger.domain.refusal.LedgerRefusal;
import bank.ledger.stream.StreamRefusalCode;
import bank.ledger.stream.StreamCaller;
import bank.ledger.stream.StreamHead;
import bank.ledger.stream.StreamIds;
import bank.ledger.stream.SubscriptionFilter;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.context.annotation.Profile;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Webhook subscriptions, their delivery state, and their dead letters. Each belongs to the principal
 * that made it: others are told it does not exist; administrators see all ({@link StreamCaller}).
 */
@RestController
@Profile("projections")
@RequestMapping("/api/v1/webhooks")
public class WebhookController {
    static final int PAGE_SIZE_MAX = 100;
    static final int LIST_PAGE_SIZE_MAX = 200;
    static final int REDELIVER_ALL_MAX = 1000;
    private final WebhookStore store;
    private final StreamHead head;
    private final WebhookTargets targets;
    private final WebhookSubscriptions subscriptions;

    public WebhookController(WebhookStore store, StreamHead head, WebhookTargets targets,
                             WebhookSubscriptions subscriptions) {
        this.store = store;
        this.subscriptions = subscriptions;
        this.head = head;
        this.targets = targets;
    }

    public record CreateWebhook(String url, List<String> eventTypes, List<String> accountIds, Integer maxAttempts) {
    }

    /** Answers the secret, once: the ledger never shows it again. Events after the current head are sent. */
    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    public Map<String, Object> create(@RequestBody CreateWebhook request, HttpServletRequest http) {
        SubscriptionFilter filter = new SubscriptionFilter(request.eventTypes(), request.accountIds()).validated();
        int maxAttempts = request.maxAttempts() == null ? 8 : request.maxAttempts();
        if (maxAttempts < 1 || maxAttempts > 20) {
            throw Fields.invalid("maxAttempts", "maxAttempts is between 1 and 20");
        }
        if (store.count() >= WebhookStore.WEBHOOKS_MAX) {
            throw Fields.invalid("url", "at most " + WebhookStore.WEBHOOKS_MAX + " webhooks");
        }
        WebhookStore.Webhook webhook = new WebhookStore.Webhook("wh-" + UUID.randomUUID(), StreamCaller.of(http).name(),
                validUrl(request.url()), WebhookSignature.newSecret(), filter, maxAttempts, head.position(), Instant.now());
        store.create(webhook);
        subscriptions.invalidate();
        Map<String, Object> body = new java.util.LinkedHashMap<>(view(webhook));
        body.put("secret", webhook.secret());
        return body;
    }

    /** One's own webhooks by id, keyset-paged; an administrator may ask for everyone's ({@code all=true}). */
    @GetMapping
    public Map<String, Object> list(@RequestParam(defaultValue = "") String after,
                                    @RequestParam(defaultValue = "50") int pageSize,
                                    @RequestParam(defaultValue = "false") boolean all, HttpServletRequest http) {
        String owner = StreamCaller.of(http).ownerToList(all, pageSize, LIST_PAGE_SIZE_MAX, "webhooks");
        List<WebhookStore.Webhook> items = store.page(owner, StreamIds.cursor(after), pageSize);
        Map<String, Object> page = new java.util.LinkedHashMap<>();
        page.put("items", items.stream().map(WebhookController::view).toList());
        page.put("nextAfter", items.size() == pageSize ? items.get(items.size() - 1).id() : null);
        return page;
    }

    @GetMapping("/{id}")
    public Map<String, Object> find(@PathVariable String id, HttpServletRequest http) {
        WebhookStore.Webhook webhook = existing(id, http, "read");
        Map<String, Object> body = new java.util.LinkedHashMap<>(view(webhook));
        WebhookStore.Counts counts = store.counts(id);
        body.put("pending", counts.pending());
        body.put("delivered", counts.delivered());
        body.put("deadLetters", counts.dead());
        body.put("oldestPendingPosition", counts.oldestPendingPosition());
        return body;
    }

    /** Dead letters oldest first, with their bodies and last failure, keyset-paged by delivery id. */
    @GetMapping("/{id}/dead-letters")
    public Map<String, Object> deadLetters(@PathVariable String id, @RequestParam(defaultValue = "0") long after,
                                           @RequestParam(defaultValue = "50") int pageSize, HttpServletRequest http) {
        existing(id, http, "read the dead letters of");
        if (pageSize < 1 || pageSize > PAGE_SIZE_MAX) {
            throw Fields.invalid("pageSize", "pageSize is between 1 and " + PAGE_SIZE_MAX);
        }
        List<WebhookStore.Delivery> items = store.deadLetters(id, after, pageSize);
        Map<String, Object> page = new java.util.LinkedHashMap<>();
        page.put("items", items);
        page.put("nextAfter", items.size() == pageSize ? items.get(items.size() - 1).deliveryId() : null);
        return page;
    }

    /** Puts a dead letter back in the outbox with a fresh set of attempts. */
    @PostMapping("/{id}/dead-letters/{deliveryId}/redeliver")
    @ResponseStatus(HttpStatus.ACCEPTED)
    public Map<String, Object> redeliver(@PathVariable String id, @PathVariable long deliveryId, HttpServletRequest http) {
        existing(id, http, "redelivered dead letter " + deliveryId + " of");
        if (!store.redeliver(id, deliveryId)) {
            throw LedgerRefusal.of(StreamRefusalCode.DEAD_LETTER_NOT_FOUND, "deliveryId",
                    "no dead letter " + deliveryId + " for webhook " + id);
        }
        return Map.of("deliveryId", deliveryId, "status", "PENDING");
    }

    /** Every dead letter back to the outbox, up to {@value #REDELIVER_ALL_MAX} per call (call again for more). */
    @PostMapping("/{id}/dead-letters/redeliver")
    @ResponseStatus(HttpStatus.ACCEPTED)
    public Map<String, Object> redeliverAll(@PathVariable String id, HttpServletRequest http) {
        existing(id, http, "redelivered the dead letters of");
        return Map.of("redelivered", store.redeliverAll(id, REDELIVER_ALL_MAX));
    }

    /** Unsubscribes: nothing more is sent, pending deliveries and dead letters are dropped. */
    @DeleteMapping("/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    public void delete(@PathVariable String id, HttpServletRequest http) {
        existing(id, http, "deleted");
        boolean deleted = store.delete(id);
        subscriptions.invalidate();
        if (!deleted) {
            throw LedgerRefusal.of(StreamRefusalCode.SUBSCRIPTION_NOT_FOUND, "id", "no webhook " + id);
        }
    }

    /** The webhook when the caller may see it; another principal's is "not found", as if it did not exist. */
    private WebhookStore.Webhook existing(String id, HttpServletRequest http, String action) {
        return StreamCaller.of(http).owned("webhook", id, store::find, WebhookStore.Webhook::owner, action);
    }

    private static Map<String, Object> view(WebhookStore.Webhook webhook) {
        Map<String, Object> view = new java.util.LinkedHashMap<>();
        view.put("id", webhook.id());
        view.put("owner", webhook.owner());
        view.put("url", webhook.url());
        view.put("eventTypes", webhook.filter().eventTypes());
        view.put("accountIds", webhook.filter().accountIds());
        view.put("maxAttempts", webhook.maxAttempts());
        view.put("fromPosition", webhook.fromPosition());
        view.put("createdAt", webhook.createdAt());
        return view;
    }

    private String validUrl(String url) {
        Fields.requireText(url, "url", 2000);
        URI uri;
        try {
            uri = URI.create(url);
        } catch (IllegalArgumentException e) {
            throw Fields.invalid("url", "an absolute http or https URL");
        }
        if (!("https".equals(uri.getScheme()) || "http".equals(uri.getScheme())) || uri.getHost() == null) {
            throw Fields.invalid("url", "an absolute http or https URL");
        }
        targets.check(uri);
        return url;
    }
}
