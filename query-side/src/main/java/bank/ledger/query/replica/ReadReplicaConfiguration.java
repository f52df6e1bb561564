package bank.ledger.query.replica;

import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.core.Ordered;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Wires the read replica when {@code ledger.read-replica.url} is set (docs/operations.md, "Read replica"):
 * its pool and prober ({@link ReadReplica}), the routing of the query side's reads ({@link QueryReads}) and
 * the scope of a GET or HEAD request ({@link ReadScopeFilter}). Without it, {@link QueryReads} is the primary.
 */
@Configuration(proxyBeanMethods = false)
@Profile("query")
@EnableConfigurationProperties(ReadReplicaProperties.class)
public class ReadReplicaConfiguration {

    @Bean
    QueryReads queryReads(ReadReplicaProperties settings, JdbcTemplate primary, MeterRegistry meters) {
        return settings.enabled() ? QueryReads.routed(primary, ReadReplica.start(settings, primary, meters))
                : QueryReads.primaryOnly(primary);
    }

    @Bean
    FilterRegistrationBean<ReadScopeFilter> readScopeFilter(QueryReads reads) {
        FilterRegistrationBean<ReadScopeFilter> registration = new FilterRegistrationBean<>(new ReadScopeFilter());
        registration.setEnabled(reads.replica().isPresent());
        registration.setOrder(Ordered.LOWEST_PRECEDENCE);
        return registration;
    }
}
