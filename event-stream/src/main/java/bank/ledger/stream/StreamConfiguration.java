package bank.ledger.stream;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;

/** The event stream runs on the projections role, like the read models it sits next to: its settings bind there. */
@Configuration(proxyBeanMethods = false)
@Profile("projections")
@EnableConfigurationProperties(StreamProperties.class)
public class StreamConfiguration {
}
