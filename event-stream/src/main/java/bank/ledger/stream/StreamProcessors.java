package bank.ledger.stream;

import java.util.List;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;

/** The stream's event processors and their failure policy. */
@Configuration(proxyBeanMethods = false)
@Profile("projections")
public class StreamProcessors {
    public static final String AMQP_PUBLISHER = "amqp-publisher";
    public static final String WEBHOOK_OUTBOX = "webhook-outbox";
    public static final List<String> ALL = List.of(AMQP_PUBLISHER, WEBHOOK_OUTBOX);

    /**
     * Axon's default for a failing handler is to log and go on, which would skip the event, and a
     * dead-letter queue would let later events overtake it. The stream must neither skip nor reorder:
     * the failure propagates and the processor retries the batch from its unchanged token.
     */
    @Bean
    ConfigurerModule streamProcessorsFailRatherThanSkip() {
        return configurer -> ALL.forEach(group -> configurer.eventProcessing()
                .registerListenerInvocationErrorHandler(group, configuration -> PropagatingErrorHandler.instance()));
    }
}
