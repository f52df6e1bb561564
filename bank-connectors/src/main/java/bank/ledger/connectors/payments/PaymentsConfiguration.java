package bank.ledger.connectors.payments;

import bank.ledger.command.dispatch.CommandDispatch;
import bank.ledger.connectors.ingestion.BankAccountMappings;
import java.time.Clock;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;

/** Payments out (docs/payments.md): initiation, pain.001 batches, pain.002 status reports, the read model's queries. */
@Configuration(proxyBeanMethods = false)
@Profile("connectors")
@EnableConfigurationProperties(PaymentsProperties.class)
public class PaymentsConfiguration {

    @Bean
    PaymentQueries paymentQueries(JdbcTemplate jdbc) {
        return new PaymentQueries(jdbc);
    }

    /** Read by statement ingestion and the reconciliation engine (a statement line settles a payment). */
    @Bean
    PaymentsSent paymentsSent(JdbcTemplate jdbc) {
        return new PaymentsSent(jdbc);
    }

    @Bean
    PaymentList paymentList(JdbcTemplate jdbc) {
        return new PaymentList(jdbc);
    }

    @Bean
    PaymentInitiation paymentInitiation(CommandDispatch dispatch, BankAccountMappings mappings) {
        return new PaymentInitiation(dispatch, mappings);
    }

    @Bean
    PaymentBatcher paymentBatcher(JdbcTemplate jdbc, CommandDispatch dispatch, PaymentsProperties settings, Clock clock,
                                  PlatformTransactionManager transactions) {
        return new PaymentBatcher(jdbc, dispatch, settings, clock, transactions);
    }

    @Bean
    StatusReports statusReports(JdbcTemplate jdbc, CommandDispatch dispatch, Clock clock) {
        return new StatusReports(jdbc, dispatch, clock);
    }
}
