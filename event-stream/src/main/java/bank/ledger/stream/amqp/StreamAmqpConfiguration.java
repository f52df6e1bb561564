package bank.ledger.stream.amqp;

import java.time.Duration;
import org.springframework.amqp.core.AmqpAdmin;
import org.springframework.amqp.core.TopicExchange;
import org.springframework.amqp.rabbit.connection.ConnectionFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;

/** The RabbitMQ channel of the event stream: exchange, topology and confirming sender. */
@Configuration(proxyBeanMethods = false)
@Profile("projections")
public class StreamAmqpConfiguration {

    /** A bean, so that Spring AMQP's admin declares it again after every reconnection (a restarted broker). */
    @Bean
    TopicExchange ledgerEventsExchange(@Value("${ledger.stream.exchange:ledger.events.v1}") String name) {
        return new TopicExchange(name, true, false);
    }

    @Bean
    StreamTopology streamTopology(TopicExchange ledgerEventsExchange, ConnectionFactory connections, AmqpAdmin admin) {
        return new StreamTopology(ledgerEventsExchange.getName(), connections, admin);
    }

    @Bean
    ConfirmingSender streamSender(ConnectionFactory connections,
                                  @Value("${ledger.stream.confirm-timeout-ms:10000}") long confirmTimeoutMs) {
        return new ConfirmingSender(connections, Duration.ofMillis(confirmTimeoutMs), false);
    }
}
