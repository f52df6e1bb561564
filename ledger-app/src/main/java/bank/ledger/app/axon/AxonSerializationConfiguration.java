package bank.ledger.app.axon;

import org.axonframework.serialization.jackson3.Jackson3SerializerCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.databind.jsontype.BasicPolymorphicTypeValidator;

/**
 * Jackson 3 refuses class-name type ids on a base type as wide as {@code Object} unless told which
 * classes may appear. Axon's own tokens use them: a {@code ReplayToken} (written when a processor is
 * reset) carries its reset context and the token it replays to. Without this, resetting any processor
 * failed when the token was read back. Only Axon's and the ledger's own types are allowed, so stored
 * JSON cannot name an arbitrary class (the usual deserialization-gadget defence).
 */
@Configuration(proxyBeanMethods = false)
public class AxonSerializationConfiguration {
    @Bean
    Jackson3SerializerCustomizer axonTypeIds() {
        return builder -> builder.polymorphicTypeValidator(BasicPolymorphicTypeValidator.builder()
                .allowIfSubType("org.axonframework.")
                .allowIfSubType("bank.ledger.")
                .allowIfSubType("java.util.")
                .allowIfSubType("java.lang.")
                .build());
    }
}
