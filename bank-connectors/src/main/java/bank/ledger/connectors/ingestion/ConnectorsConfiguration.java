package bank.ledger.connectors.ingestion;

import bank.ledger.command.dispatch.CommandDispatch;
import bank.ledger.connectors.reconciliation.Claims;
import bank.ledger.connectors.reconciliation.MatchRecorder;
import bank.ledger.connectors.reconciliation.ReconciliationEngine;
import bank.ledger.connectors.reconciliation.ReconciliationStore;
import bank.ledger.connectors.reconciliation.RuleBook;
import bank.ledger.connectors.reconciliation.StaleClaimSweeper;
import bank.ledger.connectors.reconciliation.SuspensePoster;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The connectors role: the ingestion pipeline and the reconciliation engine. The bank statement aggregate
 * is the write side's (command-side registers and configures every aggregate); the connectors send their
 * commands through its one dispatcher ({@link CommandDispatch}) with the origin of each decision.
 */
@Configuration(proxyBeanMethods = false)
@Profile("connectors")
@EnableScheduling
@EnableConfigurationProperties(StatementImportProperties.class)
public class ConnectorsConfiguration {

    @Bean
    BankAccountMappings bankAccountMappings(JdbcTemplate jdbc) {
        return new BankAccountMappings(jdbc);
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
    ExecutorService statementImportPool(StatementImportProperties imports) {
        return new ThreadPoolExecutor(imports.importThreads(), imports.importThreads(), 60, TimeUnit.SECONDS,
                new ArrayBlockingQueue<>(imports.importQueue()),
                new org.springframework.scheduling.concurrent.CustomizableThreadFactory("statement-import-"));
    }

    @Bean
    LineImporter lineImporter(ExecutorService statementImportPool, CommandDispatch commands, StatementIntake intake,
                              StatementImportProperties imports) {
        return new LineImporter(statementImportPool, commands, intake, imports.batchLinesUsed());
    }

    @Bean
    IngestionPipeline ingestionPipeline(BankAccountMappings mappings, StatementIntake intake, CommandDispatch commands,
                                        LineImporter importer, Claims claims) {
        return new IngestionPipeline(mappings, intake, commands, importer, claims);
    }

    @Bean
    MatchRecorder matchRecorder(Claims claims, CommandDispatch commands) {
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
    StaleClaimSweeper staleClaimSweeper(JdbcTemplate jdbc, Claims claims, CommandDispatch commands,
            @Value("${ledger.reconciliation.claim-timeout:PT10M}") Duration claimTimeout) {
        return new StaleClaimSweeper(jdbc, claims, commands, claimTimeout, Clock.systemUTC());
    }

    @Bean
    SuspensePoster suspensePoster(ReconciliationStore store, BankAccountMappings mappings, CommandDispatch commands,
                                  @Value("${ledger.reconciliation.suspense-after:P3D}") Duration suspenseAfter) {
        return new SuspensePoster(store, mappings, commands, suspenseAfter, Clock.systemUTC());
    }
}
