package bank.ledger.projections.support.jobs;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

/** The lease table's lock and the runner of single-node jobs, on every node whatever its roles. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(JobProperties.class)
public class JobsConfiguration {

    @Bean
    JobLock jobLock(JdbcTemplate jdbc, JobProperties settings) {
        return new JobLock(jdbc, settings.nodeId());
    }

    @Bean
    ClusterJobs clusterJobs(JobLock jobLock, JobProperties settings, ObjectProvider<MeterRegistry> meters) {
        return new ClusterJobs(jobLock, Duration.ofMillis(settings.leaseMs()), meters.getIfAvailable(SimpleMeterRegistry::new));
    }
}
