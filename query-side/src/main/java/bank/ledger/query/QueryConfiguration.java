package bank.ledger.query;

import bank.ledger.query.live.LiveProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

/**
 * Registers the query side's settings (docs/configuration.md, "Queries"). The Redis settings the queries
 * use are the read models' ({@code ledger.redis.*}, registered by the projections module).
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(LiveProperties.class)
public class QueryConfiguration {
}
