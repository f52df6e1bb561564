package bank.ledger.connectors.pull;

import bank.ledger.connectors.ingestion.IngestionPipeline;
import bank.ledger.projections.support.jobs.ClusterJobs;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.jdbc.core.JdbcTemplate;

/** The connectors role's bank pulls: the registry, the two pullers, the scheduler and its meters. */
@Configuration(proxyBeanMethods = false)
@Profile("connectors")
@EnableConfigurationProperties(BankPullProperties.class)
public class BankPullConfiguration {
    private static final Logger log = LoggerFactory.getLogger(BankPullConfiguration.class);

    @Bean
    CredentialSealer bankCredentialSealer(BankPullProperties settings) {
        return new CredentialSealer(settings.credentialKeys());
    }

    @Bean
    BankConnections bankConnections(JdbcTemplate jdbc, CredentialSealer bankCredentialSealer) {
        return new BankConnections(jdbc, bankCredentialSealer);
    }

    @Bean
    BankPullMetrics bankPullMetrics(MeterRegistry meters, JdbcTemplate jdbc, Clock clock) {
        return new BankPullMetrics(meters, jdbc, clock);
    }

    @Bean
    BankPulls bankPulls(BankConnections connections, IngestionPipeline pipeline, BankPullMetrics metrics,
                        BankPullProperties settings, ClusterJobs jobs, Clock clock) {
        return new BankPulls(connections, new SftpPuller(settings, connections, clock), new ApiPuller(settings, clock),
                pipeline, metrics, settings, jobs, clock);
    }

    /** After a key rotation every connection is re-sealed under the new first key; then the gauges are registered. */
    @Bean
    ApplicationRunner bankCredentialReseal(BankConnections connections, BankPullMetrics metrics) {
        return args -> {
            try {
                int resealed = connections.resealAll();
                if (resealed > 0) {
                    log.info("bank connections: {} re-sealed under the active credential key", resealed);
                }
                metrics.refresh(true);
            } catch (RuntimeException unreachable) { // the database: the next run tries again, the start goes on
                log.warn("bank connections: re-sealing at start failed: {}", unreachable.toString());
            }
        };
    }
}
