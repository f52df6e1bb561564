package bank.ledger.stream.webhook;

import bank.ledger.stream.SubscriptionFilter;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.context.annotation.Profile;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** The webhook tables: subscriptions, and the deliveries outbox whose DEAD rows are the dead letters. */
@Component
@Profile("projections")
public class WebhookStore {
    public static final int WEBHOOKS_MAX = 100;
    private final JdbcTemplate jdbc;
    private final WebhookSecretSealer sealer;

    public WebhookStore(JdbcTemplate jdbc, WebhookSecretSealer sealer) {
        this.jdbc = jdbc;
        this.sealer = sealer;
    }

    /**
     * {@code owner}: the principal that made it (null for webhooks made before owners were recorded);
     * {@code secret}: in clear, or null when it cannot be opened (its key is no longer configured).
     */
    public record Webhook(String id, String owner, String url, String secret, SubscriptionFilter filter,
                          int maxAttempts, long fromPosition, Instant createdAt) {
    }

    public record Delivery(long deliveryId, String webhookId, String eventId, String eventType, long globalPosition,
                           String body, String status, int attempts, Integer lastStatus, String lastError,
                           Instant createdAt) {
    }

    /** The secret is stored sealed, never in clear. */
    void create(Webhook webhook) {
        WebhookSecretSealer.Sealed sealed = sealer.seal(webhook.secret(), webhook.id());
        jdbc.update("insert into stream_webhook (webhook_id, owner, url, secret_ciphertext, secret_key_id, event_types, "
                        + "account_ids, max_attempts, from_position, created_at) "
                        + "values (?, ?, ?, ?, ?, ?::jsonb, ?::jsonb, ?, ?, ?)",
                webhook.id(), webhook.owner(), webhook.url(), sealed.ciphertext(), sealed.keyId(),
                webhook.filter().eventTypesJson(), webhook.filter().accountIdsJson(), webhook.maxAttempts(),
                webhook.fromPosition(), Timestamp.from(webhook.createdAt()));
    }

    /** One page by id; {@code owner} null lists everyone's (administrators only). */
    List<Webhook> page(String owner, String afterId, int pageSize) {
        return jdbc.query("select * from stream_webhook where (?::varchar is null or owner = ?) and webhook_id > ? "
                + "order by webhook_id limit ?", this::webhook, owner, owner, afterId, pageSize);
    }

    /** Ids of the webhooks whose secret is in clear or sealed under a key other than the active one. */
    List<String> unsealedOrStale() {
        return jdbc.queryForList("select webhook_id from stream_webhook where secret is not null "
                + "or secret_key_id <> ? order by webhook_id", String.class, sealer.activeKeyId());
    }

    /**
     * Seals one webhook's secret under the active key, in a row lock; answers false when it stays as it is
     * (already done by another node, or sealed under a key that is no longer configured).
     */
    boolean reseal(String id) {
        return Boolean.TRUE.equals(jdbc.query("select * from stream_webhook where webhook_id = ? for update", rs -> {
            if (!rs.next() || sealer.activeKeyId().equals(rs.getString("secret_key_id"))) {
                return false;
            }
            String secret = secretOf(rs);
            if (secret == null) {
                return false;
            }
            WebhookSecretSealer.Sealed sealed = sealer.seal(secret, id);
            return jdbc.update("update stream_webhook set secret = null, secret_ciphertext = ?, secret_key_id = ? "
                    + "where webhook_id = ?", sealed.ciphertext(), sealed.keyId(), id) == 1;
        }, id));
    }

    int count() {
        return jdbc.queryForObject("select count(*) from stream_webhook", Integer.class);
    }

    /** Every webhook without opening its secret (secret null): the outbox matches events, it signs nothing. */
    public List<Webhook> subscriptions() {
        return jdbc.query("select webhook_id, owner, url, null as secret, null as secret_key_id, null as secret_ciphertext, "
                + "event_types, account_ids, max_attempts, from_position, created_at from stream_webhook "
                + "order by webhook_id limit " + WEBHOOKS_MAX, this::webhook);
    }

    public List<Webhook> all() {
        return jdbc.query("select * from stream_webhook order by webhook_id limit " + WEBHOOKS_MAX, this::webhook);
    }

    public Optional<Webhook> find(String id) {
        return jdbc.query("select * from stream_webhook where webhook_id = ?", this::webhook, id).stream().findFirst();
    }

    /**
     * Idempotent: the same event for the same webhook is written once, however often it is handled. Nothing is
     * written for a webhook deleted meanwhile (the outbox's cached list may still name it).
     */
    void enqueue(String webhookId, String eventId, String eventType, long globalPosition, String body) {
        jdbc.update("insert into stream_webhook_delivery (webhook_id, event_id, event_type, global_position, body, "
                        + "status, next_attempt_at, created_at) select ?, ?, ?, ?, ?, 'PENDING', now(), now() "
                        + "where exists (select 1 from stream_webhook where webhook_id = ?) "
                        + "on conflict (webhook_id, event_id) do nothing",
                webhookId, eventId, eventType, globalPosition, body, webhookId);
    }

    /** Claims due deliveries for this node: they are leased (not due again) until the lease ends. */
    List<Delivery> claimDue(int limit, int leaseSeconds) {
        return jdbc.query("""
                update stream_webhook_delivery set next_attempt_at = now() + make_interval(secs => ?)
                where delivery_id in (select delivery_id from stream_webhook_delivery
                    where status = 'PENDING' and next_attempt_at <= now()
                    order by delivery_id limit ? for update skip locked)
                returning *""", WebhookStore::delivery, leaseSeconds, limit);
    }

    void delivered(long deliveryId, int httpStatus) {
        jdbc.update("update stream_webhook_delivery set status = 'DELIVERED', attempts = attempts + 1, last_status = ?, "
                + "last_error = null, delivered_at = now() where delivery_id = ?", httpStatus, deliveryId);
    }

    /** A failed attempt: retried after {@code retryInMs}, or dead when the webhook's attempts are used up. */
    void failed(long deliveryId, Integer httpStatus, String error, int maxAttempts, long retryInMs) {
        jdbc.update("""
                update stream_webhook_delivery set attempts = attempts + 1, last_status = ?, last_error = ?,
                    status = case when attempts + 1 >= ? then 'DEAD' else 'PENDING' end,
                    next_attempt_at = now() + make_interval(secs => ?)
                where delivery_id = ?""",
                httpStatus, error == null ? null : error.substring(0, Math.min(500, error.length())), maxAttempts,
                retryInMs / 1000.0, deliveryId);
    }

    /** Answers whether there was one; its deliveries go with it. */
    boolean delete(String id) {
        return jdbc.update("delete from stream_webhook where webhook_id = ?", id) == 1;
    }

    public List<Delivery> deadLetters(String webhookId, long afterDeliveryId, int pageSize) {
        return jdbc.query("select * from stream_webhook_delivery where webhook_id = ? and status = 'DEAD' "
                + "and delivery_id > ? order by delivery_id limit ?", WebhookStore::delivery, webhookId, afterDeliveryId, pageSize);
    }

    /** A dead letter goes back to the outbox with a fresh set of attempts; answers whether there was one. */
    boolean redeliver(String webhookId, long deliveryId) {
        return jdbc.update("update stream_webhook_delivery set status = 'PENDING', attempts = 0, next_attempt_at = now() "
                + "where webhook_id = ? and delivery_id = ? and status = 'DEAD'", webhookId, deliveryId) == 1;
    }

    /** Every dead letter of the webhook back to the outbox, at most {@code limit} at once; answers how many. */
    int redeliverAll(String webhookId, int limit) {
        return jdbc.update("update stream_webhook_delivery set status = 'PENDING', attempts = 0, next_attempt_at = now() "
                + "where delivery_id in (select delivery_id from stream_webhook_delivery where webhook_id = ? "
                + "and status = 'DEAD' order by delivery_id limit ?)", webhookId, limit);
    }

    public record Counts(long pending, long delivered, long dead, Long oldestPendingPosition) {
    }

    Counts counts(String webhookId) {
        return jdbc.queryForObject("""
                select count(*) filter (where status = 'PENDING') pending,
                       count(*) filter (where status = 'DELIVERED') delivered,
                       count(*) filter (where status = 'DEAD') dead,
                       min(global_position) filter (where status = 'PENDING') oldest
                from stream_webhook_delivery where webhook_id = ?""",
                (rs, i) -> new Counts(rs.getLong(1), rs.getLong(2), rs.getLong(3), (Long) rs.getObject(4)), webhookId);
    }

    private Webhook webhook(ResultSet rs, int row) throws SQLException {
        return new Webhook(rs.getString("webhook_id"), rs.getString("owner"), rs.getString("url"), secretOf(rs),
                SubscriptionFilter.fromJson(rs.getString("event_types"), rs.getString("account_ids")),
                rs.getInt("max_attempts"), rs.getLong("from_position"), rs.getTimestamp("created_at").toInstant());
    }

    /** The legacy clear column until start-up sealed it, else the opened ciphertext. */
    private String secretOf(ResultSet rs) throws SQLException {
        String clear = rs.getString("secret");
        if (clear != null || rs.getString("secret_key_id") == null) {
            return clear;
        }
        return sealer.open(new WebhookSecretSealer.Sealed(rs.getString("secret_key_id"), rs.getBytes("secret_ciphertext")),
                rs.getString("webhook_id")).orElse(null);
    }

    private static Delivery delivery(ResultSet rs, int row) throws SQLException {
        return new Delivery(rs.getLong("delivery_id"), rs.getString("webhook_id"), rs.getString("event_id"),
                rs.getString("event_type"), rs.getLong("global_position"), rs.getString("body"), rs.getString("status"),
                rs.getInt("attempts"), (Integer) rs.getObject("last_status"), rs.getString("last_error"),
                rs.getTimestamp("created_at").toInstant());
    }
}
