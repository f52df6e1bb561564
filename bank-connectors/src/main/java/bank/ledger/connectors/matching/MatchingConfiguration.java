package bank.ledger.connectors.matching;

import bank.ledger.connectors.ingestion.BankAccountMappings;
import bank.ledger.connectors.ingestion.SentPayments;
import bank.ledger.command.dispatch.CommandDispatch;
import bank.ledger.projections.support.jobs.ClusterJobs;
import java.time.Clock;
import java.time.Duration;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.FixedDelayTask;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The reconciliation engine of the connectors role: claims, the rule book, the engine, the suspense job
 * and the claim sweep, set by {@link ReconciliationProperties}. The three jobs are scheduled here, from
 * the record, so their intervals have one default (each first runs one interval after the start). Each
 * acts on state every node shares, so each round runs on one node at a time ({@link ClusterJobs}).
 */
@Configuration(proxyBeanMethods = false)
@Profile("connectors")
@EnableScheduling
@EnableConfigurationProperties(ReconciliationProperties.class)
public class MatchingConfiguration {

    @Bean
    Claims reconciliationClaims(JdbcTemplate jdbc, PlatformTransactionManager transactions) {
        return new Claims(jdbc, transactions);
    }

    @Bean
    ReconciliationStore reconciliationStore(JdbcTemplate jdbc) {
        return new ReconciliationStore(jdbc);
    }

    @Bean
    MatchRecorder matchRecorder(Claims claims, CommandDispatch commands) {
        return new MatchRecorder(claims, commands);
    }

    @Bean
    ManualReconciliation manualReconciliation(MatchRecorder recorder, ReconciliationStore store,
                                              BankAccountMappings mappings) {
        return new ManualReconciliation(recorder, store, mappings);
    }

    @Bean
    RuleBook reconciliationRules(ReconciliationProperties settings) {
        return RuleBook.of(settings);
    }

    @Bean
    PaymentSettlement paymentSettlement(ObjectProvider<SentPayments> payments, CommandDispatch commands) {
        return new PaymentSettlement(payments.getIfAvailable(() -> SentPayments.NONE), commands);
    }

    @Bean
    ReconciliationEngine reconciliationEngine(ReconciliationStore store, MatchRecorder recorder, RuleBook rules,
                                              BankAccountMappings mappings, ReconciliationProperties settings,
                                              PaymentSettlement payments, LedgerItemsBarrier ledgerItems) {
        return new ReconciliationEngine(store, recorder, rules, mappings, settings.linesPerPass(), payments,
                ledgerItems);
    }

    @Bean
    StaleClaimSweeper staleClaimSweeper(JdbcTemplate jdbc, Claims claims, CommandDispatch commands,
                                        ReconciliationProperties settings) {
        return new StaleClaimSweeper(jdbc, claims, commands, settings.claimTimeout(), Clock.systemUTC());
    }

    @Bean
    SuspensePoster suspensePoster(ReconciliationStore store, BankAccountMappings mappings, CommandDispatch commands,
                                  ReconciliationProperties settings) {
        return new SuspensePoster(store, mappings, commands, settings.suspenseAfter(), Clock.systemUTC());
    }

    @Bean
    SchedulingConfigurer reconciliationSchedule(ReconciliationEngine engine, SuspensePoster suspense,
                                                StaleClaimSweeper sweeper, ReconciliationProperties settings,
                                                ClusterJobs jobs) {
        return registrar -> {
            registrar.addFixedDelayTask(every(jobs, "reconciliation-engine", engine::pass, settings.intervalMs()));
            registrar.addFixedDelayTask(every(jobs, "reconciliation-suspense", suspense::scheduled,
                    settings.suspenseIntervalMs()));
            registrar.addFixedDelayTask(every(jobs, "reconciliation-claim-sweep", sweeper::scheduled,
                    settings.claimSweepIntervalMs()));
        };
    }

    private static FixedDelayTask every(ClusterJobs jobs, String job, Runnable task, long intervalMs) {
        Duration interval = Duration.ofMillis(intervalMs);
        return new FixedDelayTask(jobs.singleNode(job, interval, task), interval, interval);
    }
}
