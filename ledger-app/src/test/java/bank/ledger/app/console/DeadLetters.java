package bank.ledger.app.console;

import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;

/** A webhook's dead letter made by hand (as StreamOwnershipIT makes one): the dispatcher is WebhookIT's subject. */
final class DeadLetters {
    private DeadLetters() {
    }

    static long insert(JdbcTemplate jdbc, String webhookId) {
        return jdbc.queryForObject("""
                insert into stream_webhook_delivery (webhook_id, event_id, event_type, global_position, body, status,
                    attempts, next_attempt_at, created_at) values (?, ?, 'JournalEntryPosted', 1, '{}', 'DEAD', 3, now(), now())
                returning delivery_id""", Long.class, webhookId, UUID.randomUUID().toString());
    }

    static String status(JdbcTemplate jdbc, long deliveryId) {
        return jdbc.queryForObject("select status from stream_webhook_delivery where delivery_id = ?", String.class,
                deliveryId);
    }
}
