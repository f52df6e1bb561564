package bank.ledger.stream.amqp;

import java.util.HashMap;
import java.util.Map;
import org.springframework.amqp.core.AmqpAdmin;
import org.springframework.amqp.core.Queue;
import org.springframework.amqp.rabbit.connection.Connection;
import org.springframework.amqp.rabbit.connection.ConnectionFactory;

/**
 * The stream's broker topology, portable between RabbitMQ and the embedded Qpid broker of the tests:
 * one durable topic exchange, and durable queues for replays. RabbitMQ-only features (quorum queues)
 * are declared only when the broker says it is RabbitMQ (the {@code product} server property), since
 * Qpid refuses unknown queue arguments.
 */
public class StreamTopology {
    private final String exchange;
    private final ConnectionFactory connections;
    private final AmqpAdmin admin;
    private volatile Boolean rabbitMq;

    public StreamTopology(String exchange, ConnectionFactory connections, AmqpAdmin admin) {
        this.exchange = exchange;
        this.connections = connections;
        this.admin = admin;
    }

    public String exchange() {
        return exchange;
    }

    /** A durable queue that survives broker restarts: quorum (replicated) on RabbitMQ, classic elsewhere. */
    public void declareQueue(String name) {
        Map<String, Object> arguments = new HashMap<>();
        if (isRabbitMq()) {
            arguments.put("x-queue-type", "quorum");
        }
        admin.declareQueue(new Queue(name, true, false, false, arguments));
    }

    public boolean queueExists(String name) {
        return admin.getQueueInfo(name) != null;
    }

    public boolean isRabbitMq() {
        if (rabbitMq == null) {
            try (Connection connection = connections.createConnection()) {
                Object product = connection.getDelegate().getServerProperties().get("product");
                rabbitMq = product != null && product.toString().toLowerCase(java.util.Locale.ROOT).contains("rabbitmq");
            }
        }
        return rabbitMq;
    }
}
