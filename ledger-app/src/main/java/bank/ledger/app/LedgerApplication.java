package bank.ledger.app;

import com.zaxxer.hikari.HikariDataSource;
import javax.sql.DataSource;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.spring.messaging.unitofwork.SpringTransactionManager;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.jdbc.autoconfigure.DataSourceProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The one deployable ledger. Its roles ({@code command}, {@code query}, {@code projections},
 * {@code connectors}) are Spring profiles, all on unless {@code LEDGER_ROLES} names fewer.
 */
@SpringBootApplication(scanBasePackages = "bank.ledger")
public class LedgerApplication {
    public static void main(String[] args) {
        SpringApplication.run(LedgerApplication.class, args);
    }

    /**
     * Declared here, not left to Boot: Axon 4.13's JDBC auto-configuration is evaluated before Boot 4's
     * DataSource auto-configuration (its ordering hints name Boot 3 classes) and would not see it.
     */
    @Bean
    @ConfigurationProperties("spring.datasource.hikari")
    HikariDataSource dataSource(DataSourceProperties properties) {
        return properties.initializeDataSourceBuilder().type(HikariDataSource.class).build();
    }

    /**
     * For the same reason, the transaction managers are explicit: without them Axon falls back to no
     * transactions, and the events of one journal entry would not commit as one.
     */
    @Bean
    PlatformTransactionManager transactionManager(DataSource dataSource) {
        return new DataSourceTransactionManager(dataSource);
    }

    @Bean
    TransactionManager axonTransactionManager(PlatformTransactionManager transactionManager) {
        return new SpringTransactionManager(transactionManager);
    }
}
