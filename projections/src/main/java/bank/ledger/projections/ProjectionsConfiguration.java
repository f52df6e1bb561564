package bank.ledger.projections;

import bank.ledger.projections.admin.ProjectionLagProperties;
import bank.ledger.projections.admin.RebuildProperties;
import bank.ledger.projections.hot.DeadLetterRetryProperties;
import bank.ledger.projections.readmodel.RedisReadModelProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

/** Registers the settings of the read models, one record per feature (docs/configuration.md, "Read models"). */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({RedisReadModelProperties.class, DeadLetterRetryProperties.class,
        ProjectionLagProperties.class, RebuildProperties.class})
public class ProjectionsConfiguration {
}
