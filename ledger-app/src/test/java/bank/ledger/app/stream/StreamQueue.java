package bank.ledger.app.stream;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.springframework.amqp.core.Binding;
import org.springframework.amqp.core.Message;
import org.springframework.amqp.core.Queue;
import org.springframework.amqp.rabbit.connection.ConnectionFactory;
import org.springframework.amqp.rabbit.core.RabbitAdmin;
import org.springframework.amqp.rabbit.core.RabbitTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A consumer's queue on the real broker, as an integrator would bind it, and what arrived in it: every
 * raw delivery in order, and the deduplicated events (first copy of each eventId) in order.
 */
final class StreamQueue implements AutoCloseable {
    static final String EXCHANGE = "ledger.events.v1";
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private final RabbitAdmin admin;
    private final RabbitTemplate template;
    private final String name;
    final List<Delivery> raw = new ArrayList<>();
    final Map<String, JsonNode> unique = new LinkedHashMap<>();

    record Delivery(String routingKey, JsonNode envelope) {
    }

    private StreamQueue(ConnectionFactory connections, String name) {
        this.admin = new RabbitAdmin(connections);
        this.template = new RabbitTemplate(connections);
        this.name = name;
    }

    /** A fresh durable queue (it outlives a broker restart), bound to the exchange under each pattern ({@code *.account}, {@code JournalEntryPosted.*}). */
    static StreamQueue bound(ConnectionFactory connections, List<String> patterns) {
        StreamQueue queue = new StreamQueue(connections, "it-stream-" + UUID.randomUUID());
        queue.admin.declareQueue(new Queue(queue.name, true, false, false));
        for (String pattern : patterns) {
            queue.admin.declareBinding(new Binding(queue.name, Binding.DestinationType.QUEUE, EXCHANGE, pattern, null));
        }
        return queue;
    }

    /** A queue the ledger itself fills (a replay): only read here. */
    static StreamQueue existing(ConnectionFactory connections, String name) {
        return new StreamQueue(connections, name);
    }

    String name() {
        return name;
    }

    /** Reads what is there now; the stream is at-least-once, so repeats are kept in raw and dropped from unique. */
    StreamQueue drain() {
        Message message;
        while ((message = template.receive(name, 200)) != null) {
            JsonNode envelope = JSON.readTree(message.getBody());
            raw.add(new Delivery(message.getMessageProperties().getReceivedRoutingKey(), envelope));
            unique.putIfAbsent(envelope.get("eventId").asString(), envelope);
        }
        return this;
    }

    /** Drains until the condition holds on the deduplicated events, for at most 120 seconds. */
    StreamQueue awaitUnique(java.util.function.Predicate<List<JsonNode>> condition) {
        // The publisher is one ordered stream: after the whole suite's earlier tests it may first work off a
        // backlog of thousands of events, one broker confirm each, before it reaches this test's events.
        Awaitility.await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(100))
                .until(() -> condition.test(drain().events()));
        return this;
    }

    List<JsonNode> events() {
        return List.copyOf(unique.values());
    }

    List<JsonNode> events(String type) {
        return unique.values().stream().filter(e -> type.equals(e.get("type").asString())).toList();
    }

    @Override
    public void close() {
        admin.deleteQueue(name);
    }
}
