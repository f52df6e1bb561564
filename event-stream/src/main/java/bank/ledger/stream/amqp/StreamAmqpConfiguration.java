package bank.ledger.stream.amqp;

import bank.ledger.stream.StreamProperties;
import java.time.Duration;
import org.springframework.amqp.core.AmqpAdmin;
import org.springframework.amqp.core.TopicExchange;
import org.springframework.amqp.rabbit.connection.ConnectionFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;

/** The RabbitMQ channel of the event stream: exchange, topology and confirming sender. */
@Configuration(proxyBeanMethods = false)
@Profile("projections")
public class StreamAmqpConfiguration {

    /** A bean, so that Spring AMQP's admin declares it again after every reconnection (a restarted broker). */
    @Bean
    TopicExchange ledgerEventsExchange(StreamProperties properties) {
        return new TopicExchange(properties.exchange(), true, false);
    }

    /** Declares the exchange when the node starts (see {@link StreamTopology#start()}). */
    @Bean
    StreamTopology streamTopology(TopicExchange ledgerEventsExchange, ConnectionFactory connections, AmqpAdmin admin) {
        return new StreamTopology(ledgerEventsExchange, connections, admin);
    }

    @Bean
    ConfirmingSender streamSender(ConnectionFactory connections, StreamProperties properties) {
        return new ConfirmingSender(connections, Duration.ofMillis(properties.confirmTimeoutMs()));
    }
}
