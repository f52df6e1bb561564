/*
 * Example consumer of the ledger's event stream (docs/event-stream.md). Copy and adapt.
 *
 * Needs com.rabbitmq:amqp-client 5.x, com.fasterxml.jackson.core:jackson-databind 2.x and a JDBC driver.
 * It binds its own durable queue to the ledger's topic exchange, reads with manual acknowledgements
 * and deduplicates by eventId in the SAME database transaction as its own effect:
 *
 *   create table ledger_event_seen (event_id varchar(255) primary key, global_position bigint not null,
 *                                   seen_at timestamptz not null default now());
 *
 * The stream is at-least-once: after a broker outage, a ledger restart or a replay the same event can
 * arrive again (and an entry naming two accounts you both bind arrives once per account). A repeat
 * finds its eventId in ledger_event_seen, is skipped and acknowledged. Per-account order holds in one
 * queue with one consumer; do not use several consumers on one queue if you need that order.
 */
package example;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.rabbitmq.client.Channel;
import com.rabbitmq.client.Connection;
import com.rabbitmq.client.ConnectionFactory;
import com.rabbitmq.client.DeliverCallback;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;

public final class LedgerStreamConsumer {
    static final String EXCHANGE = "ledger.events.v1";
    private static final ObjectMapper JSON = new ObjectMapper();

    public static void main(String[] args) throws Exception {
        String queue = "acme-erp.ledger";                         // yours: one queue per consuming application
        List<String> bindings = List.of("*.cash-eur",             // every event naming account cash-eur
                "AccountOpened.*");                                // every account opening
        ConnectionFactory factory = new ConnectionFactory();
        factory.setUri(System.getenv().getOrDefault("AMQP_URL", "amqp://guest:guest@127.0.0.1:5672"));
        factory.setAutomaticRecoveryEnabled(true);               // reconnects after a broker outage
        java.sql.Connection db = DriverManager.getConnection(System.getenv("CONSUMER_DB_URL"));
        db.setAutoCommit(false);

        Connection connection = factory.newConnection("acme-erp-ledger-consumer");
        Channel channel = connection.createChannel();
        channel.exchangeDeclarePassive(EXCHANGE);                 // the ledger declares it; fail fast if absent
        channel.queueDeclare(queue, true, false, false, null);   // durable; add x-queue-type=quorum on RabbitMQ
        for (String binding : bindings) {
            channel.queueBind(queue, EXCHANGE, binding);
        }
        channel.basicQos(50);
        DeliverCallback onMessage = (tag, delivery) -> {
            long deliveryTag = delivery.getEnvelope().getDeliveryTag();
            try {
                handleOnce(db, JSON.readTree(delivery.getBody()));
                channel.basicAck(deliveryTag, false);             // only after the transaction committed
            } catch (SQLException | RuntimeException e) {
                channel.basicNack(deliveryTag, false, true);      // redelivered later; dedup makes that safe
            }
        };
        channel.basicConsume(queue, false, onMessage, consumerTag -> { });
    }

    /** Applies an event at most once: the dedup row and the effect commit together, or neither does. */
    static void handleOnce(java.sql.Connection db, JsonNode envelope) throws SQLException {
        String eventId = envelope.get("eventId").asText();
        try (PreparedStatement seen = db.prepareStatement(
                "insert into ledger_event_seen (event_id, global_position) values (?, ?) on conflict do nothing")) {
            seen.setString(1, eventId);
            seen.setLong(2, envelope.get("globalPosition").asLong());
            if (seen.executeUpdate() == 0) {
                db.rollback();
                return;                                            // a repeat: already applied
            }
            apply(db, envelope);
            db.commit();
        } catch (SQLException | RuntimeException e) {
            db.rollback();
            throw e;
        }
    }

    /** Your effect. Amounts are decimal strings: parse with new BigDecimal(text), never as double. */
    static void apply(java.sql.Connection db, JsonNode envelope) throws SQLException {
        JsonNode payload = envelope.get("payload");
        switch (envelope.get("type").asText()) {
            case "AccountBalanceChanged" -> System.out.printf("%s %s balance totals %s (entry %s, seq %d)%n",
                    envelope.get("effectiveDate").asText(), payload.get("accountId").asText(),
                    payload.get("totals"), payload.get("entryId").asText(), envelope.get("aggregateSequence").asLong());
            case "JournalEntryPosted" -> System.out.printf("entry %s posted: %s%n",
                    payload.get("entryId").asText(), payload.get("postings"));
            default -> { }                                         // ignore types you do not know: new ones may come
        }
    }

    private LedgerStreamConsumer() {
    }
}
