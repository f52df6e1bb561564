package bank.ledger.connectors.ingestion;

import bank.ledger.axon.BoundedAggregateCache;
import bank.ledger.axon.CommandDispatch;
import bank.ledger.domain.statement.BankStatement;
import io.micrometer.core.instrument.MeterRegistry;
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
                                        LineImporter importer, RetiredStatementClaims claims) {
        return new IngestionPipeline(mappings, intake, commands, importer, claims);
    }
}
