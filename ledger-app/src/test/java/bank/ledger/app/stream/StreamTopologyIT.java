package bank.ledger.app.stream;

import static org.assertj.core.api.Assertions.assertThat;

import bank.ledger.app.support.Api;
import bank.ledger.app.support.LedgerIntegrationTest;
import bank.ledger.stream.StreamConfiguration;
import bank.ledger.stream.amqp.StreamAmqpConfiguration;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.amqp.AmqpException;
import org.springframework.amqp.core.Binding;
import org.springframework.amqp.core.Message;
import org.springframework.amqp.core.Queue;
import org.springframework.amqp.rabbit.connection.ConnectionFactory;
import org.springframework.amqp.rabbit.core.RabbitAdmin;
import org.springframework.amqp.rabbit.core.RabbitTemplate;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.amqp.autoconfigure.RabbitAutoConfiguration;
import org.springframework.boot.amqp.autoconfigure.RabbitProperties;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/** The broker topology an integrator finds (issue 15): there before anything is published, and clean messages. */
class StreamTopologyIT extends LedgerIntegrationTest {
    @Autowired
    ConnectionFactory connections;
    @Autowired
    RabbitProperties rabbit;

    @Nested
    class DeclaredAtStartUp {
        /**
         * A node of its own (the stream's AMQP configuration on the shared broker, under an exchange name no
         * one used yet, no publisher): once it has started, an integrator can bind to the exchange.
         */
        @Test
        void a_publishing_node_that_starts_declares_the_exchange_before_any_event_is_published() {
            String exchange = "it-fresh-" + UUID.randomUUID();
            assertThat(exchangeExists(exchange)).as("a fresh broker has no such exchange").isFalse();

            node(exchange).run(node -> {
                assertThat(node).hasNotFailed();
                assertThat(exchangeExists(exchange)).as("declared by the starting node").isTrue();
            });
            node(exchange).run(node -> assertThat(node).as("a second node declares it again, unharmed").hasNotFailed());

            new RabbitAdmin(connections).deleteExchange(exchange);
        }

        @Test
        void the_running_ledger_has_its_exchange() {
            assertThat(exchangeExists(StreamQueue.EXCHANGE)).isTrue();
        }

        /** The ledger's broker settings, as the node would read them (no virtual host: the broker's default). */
        private ApplicationContextRunner node(String exchange) {
            ApplicationContextRunner node = new ApplicationContextRunner()
                    .withConfiguration(AutoConfigurations.of(RabbitAutoConfiguration.class))
                    .withUserConfiguration(StreamConfiguration.class, StreamAmqpConfiguration.class)
                    .withPropertyValues("spring.profiles.active=projections", "ledger.stream.exchange=" + exchange,
                            "spring.rabbitmq.addresses=" + String.join(",", rabbit.determineAddresses()),
                            "spring.rabbitmq.username=" + rabbit.determineUsername(),
                            "spring.rabbitmq.password=" + rabbit.determinePassword());
            String virtualHost = rabbit.determineVirtualHost();
            return virtualHost == null ? node : node.withPropertyValues("spring.rabbitmq.virtual-host=" + virtualHost);
        }
    }

    @Nested
    class PublishedMessages {
        @Test
        void carry_no_spring_header_live_nor_replayed() {
            List<String> accounts = List.of(openAccount("ASSET", "EUR", Map.of()), openAccount("INCOME", "EUR", Map.of()));
            String live = declareQueue("it-headers-" + UUID.randomUUID(), "JournalEntryPosted." + accounts.get(0));
            try {
                Api.Response posted = api.post("/api/v1/journal-entries", entry(newId("je"),
                        List.of(line(accounts.get(0), "DEBIT", "3.00"), line(accounts.get(1), "CREDIT", "3.00"))));
                assertThat(posted.status()).as(posted.raw()).isEqualTo(201);

                Message published = receive(live);
                assertThat(published.getMessageProperties().getHeaders()).containsKey("ledger-global-position");
                assertThat(published.getMessageProperties().getHeaders().keySet()).noneMatch(h -> h.startsWith("spring_"));

                String replayQueue = "it-replay-" + UUID.randomUUID();
                long position = ((Number) published.getMessageProperties().getHeaders().get("ledger-global-position")).longValue();
                Api.Response replay = api.post("/api/v1/stream/replays", Map.of("queue", replayQueue,
                        "fromPosition", position, "accountIds", List.of(accounts.get(0)), "eventTypes", List.of("JournalEntryPosted")));
                assertThat(replay.status()).as(replay.raw()).isEqualTo(201);
                try {
                    Message replayed = receive(replayQueue);
                    assertThat(replayed.getBody()).isEqualTo(published.getBody());
                    assertThat(replayed.getMessageProperties().getHeaders().keySet()).noneMatch(h -> h.startsWith("spring_"));
                } finally {
                    api.post("/api/v1/stream/replays/" + replay.text("id") + "/cancel", (String) null);
                    new RabbitAdmin(connections).deleteQueue(replayQueue);
                }
            } finally {
                new RabbitAdmin(connections).deleteQueue(live);
            }
        }

        private String declareQueue(String name, String pattern) {
            RabbitAdmin admin = new RabbitAdmin(connections);
            admin.declareQueue(new Queue(name, true, false, false));
            admin.declareBinding(new Binding(name, Binding.DestinationType.QUEUE, StreamQueue.EXCHANGE, pattern, null));
            return name;
        }

        private Message receive(String queue) {
            RabbitTemplate template = new RabbitTemplate(connections);
            Message[] received = new Message[1];
            // the publisher may first work off the backlog of the suite's earlier tests
            Awaitility.await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(100))
                    .until(() -> (received[0] = template.receive(queue, 200)) != null);
            return received[0];
        }
    }

    /** A passive declare, as an integrator's client would check before binding: 404 NOT_FOUND when absent. */
    private boolean exchangeExists(String exchange) {
        try {
            return new RabbitTemplate(connections).execute(channel -> channel.exchangeDeclarePassive(exchange) != null);
        } catch (AmqpException notFound) {
            return false;
        }
    }
}
