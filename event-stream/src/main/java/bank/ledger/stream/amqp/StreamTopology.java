package bank.ledger.stream.amqp;

import java.util.HashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.amqp.AmqpException;
import org.springframework.amqp.core.AmqpAdmin;
import org.springframework.amqp.core.Queue;
import org.springframework.amqp.core.TopicExchange;
import org.springframework.amqp.rabbit.connection.Connection;
import org.springframework.amqp.rabbit.connection.ConnectionFactory;
import org.springframework.context.SmartLifecycle;

/**
 * The stream's broker topology, portable between RabbitMQ and the embedded Qpid broker of the tests:
 * one durable topic exchange, and durable queues for replays. RabbitMQ-only features (quorum queues)
 * are declared only when the broker says it is RabbitMQ (the {@code product} server property), since
 * Qpid refuses unknown queue arguments.
 * <p>
 * The exchange is declared when the node starts, not at the first publish, so an integrator can bind
 * before any event was published (issue 15). Declaring is idempotent: every publishing node does it.
 * A broker that is down then is not fatal: Spring AMQP's admin declares the exchange bean again on
 * the first connection.
 */
public class StreamTopology implements SmartLifecycle {
    private static final Logger log = LoggerFactory.getLogger(StreamTopology.class);
    private final TopicExchange exchange;
    private final ConnectionFactory connections;
    private final AmqpAdmin admin;
    private volatile Boolean rabbitMq;
    private volatile boolean running;

    public StreamTopology(TopicExchange exchange, ConnectionFactory connections, AmqpAdmin admin) {
        this.exchange = exchange;
        this.connections = connections;
        this.admin = admin;
    }

    public String exchange() {
        return exchange.getName();
    }

    @Override
    public void start() {
        try {
            admin.declareExchange(exchange);
        } catch (AmqpException unreachable) {
            log.warn("exchange {} not declared at start-up ({}); declared on the first connection to the broker",
                    exchange.getName(), unreachable.toString());
        }
        running = true;
    }

    /** Early, before Axon's event processors start: the publisher finds the exchange there. */
    @Override
    public int getPhase() {
        return Integer.MIN_VALUE + 1000;
    }

    @Override
    public void stop() {
        running = false;
    }

    @Override
    public boolean isRunning() {
        return running;
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
