package bank.ledger.app.retention;

import bank.ledger.projections.support.jobs.ClusterJobs;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Clock;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

/** Data retention on every node whatever its roles (the tables are shared); one node at a time runs it. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(RetentionProperties.class)
public class RetentionConfiguration {

    @Bean
    @ConditionalOnProperty(prefix = "ledger.retention", name = "enabled", havingValue = "true", matchIfMissing = true)
    DataRetention dataRetention(JdbcTemplate jdbc, RetentionProperties settings, ClusterJobs jobs,
                                ObjectProvider<Clock> clock, ObjectProvider<MeterRegistry> meters) {
        return new DataRetention(jdbc, settings, jobs, clock.getIfAvailable(Clock::systemUTC),
                meters.getIfAvailable(SimpleMeterRegistry::new));
    }
}
