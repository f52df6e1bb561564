package bank.ledger.app.edge;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

/** The edge's own settings: body limits. */
@Configuration
@EnableConfigurationProperties(BodyLimits.class)
class EdgeConfiguration {
}
