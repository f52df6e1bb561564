package bank.ledger.projections.chain;

import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;

/** The chain's processor may never skip an event: a failing batch is retried from its unchanged token. */
@Configuration(proxyBeanMethods = false)
@Profile("projections")
public class ChainProcessor {
    @Bean
    ConfigurerModule eventChainFailsRatherThanSkips() {
        return configurer -> configurer.eventProcessing().registerListenerInvocationErrorHandler(
                EventChainProjection.PROCESSING_GROUP, configuration -> PropagatingErrorHandler.instance());
    }
}
