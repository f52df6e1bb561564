package bank.ledger.connectors.ingestion;

import bank.ledger.axon.BoundedAggregateCache;
import bank.ledger.axon.CommandDispatch;
import bank.ledger.connectors.reconciliation.Claims;
import bank.ledger.connectors.reconciliation.MatchRecorder;
import bank.ledger.connectors.reconciliation.ReconciliationEngine;
import bank.ledger.connectors.reconciliation.ReconciliationStore;
import bank.ledger.connectors.reconciliation.RuleBook;
import bank.ledger.connectors.reconciliation.StaleClaimSweeper;
import bank.ledger.connectors.reconciliation.SuspensePoster;
import bank.ledger.domain.statement.BankStatement;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.axonframework.common.caching.Cache;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventsourcing.AggregateFactory;
import org.axonframework.eventsourcing.EventCountSnapshotTriggerDefinition;
import org.axonframework.eventsourcing.GenericAggregateFactory;
import org.axonframework.eventsourcing.SnapshotTriggerDefinition;
import org.axonframework.eventsourcing.Snapshotter;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.spring.config.SpringAggregateConfigurer;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The connectors role: the statement aggregate, the ingestion pipeline and the reconciliation engine.
 * The statement aggregate is cached, so recording batch 100 of a large statement does not replay the
 * 99 batches before it; a stale cache entry on another node fails on the event sequence and is retried.
 * It is snapshotted too, so a node that does not have it cached (another node, a restart, an evicted
 * entry) reads the snapshot and the events after it, not every batch and decision since the upload.
 */
@Configuration(proxyBeanMethods = false)
@Profile("connectors")
@EnableScheduling
public class ConnectorsConfiguration {

    /** Bounded (Caffeine evicts the least used statements); a weak-reference cache lost them at every GC. */
    @Bean
    Cache bankStatementCache(@Value("${ledger.statements.cache-entries-max:10000}") long entriesMax) {
        return new BoundedAggregateCache(entriesMax);
    }

    @Bean
    SnapshotTriggerDefinition bankStatementSnapshotTrigger(Snapshotter snapshotter,
            @Value("${ledger.statements.snapshot-every-events:50}") int snapshotEveryEvents) {
        return new EventCountSnapshotTriggerDefinition(snapshotter, snapshotEveryEvents);
    }

    /** Without a factory bean Axon's snapshotter finds no way to build the aggregate and never stores a snapshot. */
    @Bean
    AggregateFactory<BankStatement> bankStatementAggregateFactory() {
        return new GenericAggregateFactory<>(BankStatement.class);
    }

    @Bean
    SpringAggregateConfigurer<BankStatement> bankStatementAggregateConfigurer() {
        SpringAggregateConfigurer<BankStatement> configurer = new SpringAggregateConfigurer<>(BankStatement.class, Set.of());
        configurer.setCache("bankStatementCache");
        configurer.setSnapshotTriggerDefinition("bankStatementSnapshotTrigger");
        configurer.setAggregateFactory("bankStatementAggregateFactory");
        return configurer;
    }

    @Bean
    StatementCommands statementCommands(CommandGateway gateway, MeterRegistry meters,
            @Value("${ledger.statements.command-attempts-max:5}") int attemptsMax,
            @Value("${ledger.commands.backoff-ms-max:200}") long backoffMsMax,
            @Value("${ledger.commands.timeout-ms:10000}") long timeoutMs) {
        return new StatementCommands(new CommandDispatch(gateway, new CommandDispatch.Settings(attemptsMax, backoffMsMax,
                timeoutMs), meters, "ledger.statements.command-retries",
                missing -> StatementCommands.statementNotFound(String.valueOf(missing.getAggregateIdentifier()))));
    }

    @Bean
    BankAccountMappings bankAccountMappings(JdbcTemplate jdbc) {
        return new BankAccountMappings(jdbc);
    }

    @Bean
    LedgerAccounts ledgerAccounts(EventStore eventStore) {
        return new LedgerAccounts(eventStore);
    }

    @Bean
    StatementIntake statementIntake(JdbcTemplate jdbc) {
        return new StatementIntake(jdbc);
    }

    @Bean
    Claims reconciliationClaims(JdbcTemplate jdbc, PlatformTransactionManager transactions) {
        return new Claims(jdbc, transactions);
    }

    @Bean
    ReconciliationStore reconciliationStore(JdbcTemplate jdbc) {
        return new ReconciliationStore(jdbc);
    }

    @Bean(destroyMethod = "shutdown")
    ExecutorService statementImportPool(@Value("${ledger.statements.import-threads:2}") int threads,
                                        @Value("${ledger.statements.import-queue:100}") int queue) {
        return new ThreadPoolExecutor(threads, threads, 60, TimeUnit.SECONDS, new ArrayBlockingQueue<>(queue),
                new org.springframework.scheduling.concurrent.CustomizableThreadFactory("statement-import-"));
    }

    @Bean
    LineImporter lineImporter(ExecutorService statementImportPool, StatementCommands commands, StatementIntake intake,
                              @Value("${ledger.statements.batch-lines:1000}") int batchLines) {
        return new LineImporter(statementImportPool, commands, intake, Math.min(batchLines, BankStatement.BATCH_LINES_MAX));
    }

    @Bean
    IngestionPipeline ingestionPipeline(BankAccountMappings mappings, StatementIntake intake, StatementCommands commands,
                                        LineImporter importer, Claims claims) {
        return new IngestionPipeline(mappings, intake, commands, importer, claims);
    }

    @Bean
    MatchRecorder matchRecorder(Claims claims, StatementCommands commands) {
        return new MatchRecorder(claims, commands);
    }

    @Bean
    RuleBook reconciliationRules(@Value("${ledger.reconciliation.rules:reference,amount-date}") List<String> rules,
            @Value("${ledger.reconciliation.date-window-days:3}") int windowDays,
            @Value("${ledger.reconciliation.tolerance-minor:500}") long toleranceMinor,
            @Value("${ledger.reconciliation.tolerance-percent:1}") long tolerancePercent,
            @Value("${ledger.reconciliation.similarity-window-days:10}") int similarityWindowDays,
            @Value("${ledger.reconciliation.similarity-min-percent:50}") int similarityMinPercent) {
        return RuleBook.of(rules, new RuleBook.Settings(windowDays, toleranceMinor, tolerancePercent,
                similarityWindowDays, similarityMinPercent));
    }

    @Bean
    ReconciliationEngine reconciliationEngine(ReconciliationStore store, MatchRecorder recorder, RuleBook rules,
            BankAccountMappings mappings, @Value("${ledger.reconciliation.lines-per-pass:2000}") int linesPerPass) {
        return new ReconciliationEngine(store, recorder, rules, mappings, linesPerPass);
    }

    @Bean
    StaleClaimSweeper staleClaimSweeper(JdbcTemplate jdbc, Claims claims, StatementCommands commands,
            @Value("${ledger.reconciliation.claim-timeout:PT10M}") Duration claimTimeout) {
        return new StaleClaimSweeper(jdbc, claims, commands, claimTimeout, Clock.systemUTC());
    }

    @Bean
    SuspensePoster suspensePoster(ReconciliationStore store, BankAccountMappings mappings, StatementCommands commands,
                                  @Value("${ledger.reconciliation.suspense-after:P3D}") Duration suspenseAfter) {
        return new SuspensePoster(store, mappings, commands, suspenseAfter, Clock.systemUTC());
    }
}
