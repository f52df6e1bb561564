package bank.ledger.app.axon;

import org.axonframework.serialization.jackson3.Jackson3SerializerCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.jsontype.BasicPolymorphicTypeValidator;

/**
 * Axon's Jackson 3 serializer (events, messages, tokens, snapshots). Jackson 3 refuses class-name type
 * ids on a base type as wide as {@code Object} unless told which classes may appear. Axon's own
 * tokens use them: a {@code ReplayToken} (written when a processor is reset) carries its reset context
 * and the token it replays to. Without this, resetting any processor failed when the token was read
 * back. Only Axon's and the ledger's own types are allowed, so stored JSON cannot name an arbitrary
 * class (the usual deserialization-gadget defence). Snapshots of the bank statement need {@link SnapshotJson}.
 */
@Configuration(proxyBeanMethods = false)
public class AxonSerializationConfiguration {
    /**
     * The only customizer: Axon's auto-configuration applies the first {@code Jackson3SerializerCustomizer}
     * bean it finds and ignores any other, so everything the serializer needs is done here.
     */
    @Bean
    Jackson3SerializerCustomizer axonJson() {
        return AxonSerializationConfiguration::customize;
    }

    /** Also what the tests build their serializer with, so they check the application's one. */
    public static void customize(JsonMapper.Builder builder) {
        builder.polymorphicTypeValidator(BasicPolymorphicTypeValidator.builder()
                .allowIfSubType("org.axonframework.")
                .allowIfSubType("bank.ledger.")
                .allowIfSubType("java.util.")
                .allowIfSubType("java.lang.")
                .build());
        SnapshotJson.configure(builder);
    }
}
