package bank.ledger.connectors.ingestion;

import bank.ledger.command.dispatch.CommandDispatch;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * The connectors role's ingestion pipeline (the matching beans are in MatchingConfiguration). The bank
 * statement aggregate is the write side's (command-side registers and configures every aggregate); the
 * connectors send their commands through its one dispatcher ({@link CommandDispatch}) with the origin of
 * each decision.
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

    @Bean(destroyMethod = "shutdown")
    ExecutorService statementImportPool(StatementImportProperties imports) {
        return new ThreadPoolExecutor(imports.importThreads(), imports.importThreads(), 60, TimeUnit.SECONDS,
                new ArrayBlockingQueue<>(imports.importQueue()),
                new org.springframework.scheduling.concurrent.CustomizableThreadFactory("statement-import-"));
    }

    @Bean
    LineImporter lineImporter(ExecutorService statementImportPool, CommandDispatch commands, StatementIntake intake,
                              StatementImportProperties imports, ObjectProvider<SentPayments> payments) {
        return new LineImporter(statementImportPool, commands, intake, imports.batchLinesUsed(),
                payments.getIfAvailable(() -> SentPayments.NONE));
    }

    @Bean
    IngestionPipeline ingestionPipeline(BankAccountMappings mappings, StatementIntake intake, CommandDispatch commands,
                                        LineImporter importer, RetiredStatementClaims claims) {
        return new IngestionPipeline(mappings, intake, commands, importer, claims);
    }
}
