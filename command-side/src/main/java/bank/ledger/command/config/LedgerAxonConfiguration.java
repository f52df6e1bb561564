package bank.ledger.command.config;

import bank.ledger.command.approval.HeldCommands;
import bank.ledger.command.approval.LedgerCommandGateway;
import bank.ledger.command.dispatch.CommandDispatch;
import bank.ledger.command.dispatch.CommandProperties;
import bank.ledger.command.dispatch.UsableAccounts;
import bank.ledger.command.identity.JdbcIdentityRegistry;
import bank.ledger.command.period.JdbcPeriodLock;
import bank.ledger.domain.account.Account;
import bank.ledger.domain.approval.FourEyes;
import bank.ledger.domain.entry.JournalEntry;
import bank.ledger.domain.entry.JournalEntryCommandHandler;
import bank.ledger.domain.identity.IdentityRegistry;
import bank.ledger.domain.period.PeriodLock;
import bank.ledger.domain.payment.LedgerHolds;
import bank.ledger.domain.payment.Payment;
import bank.ledger.domain.payment.PaymentCommandHandler;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.util.List;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.correlation.CorrelationDataProvider;
import org.axonframework.messaging.correlation.MessageOriginProvider;
import org.axonframework.messaging.correlation.SimpleCorrelationDataProvider;
import org.axonframework.modelling.command.Repository;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Profile;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The write side's services around the aggregates ({@link AggregatesConfiguration}): the journal-entry
 * handler, the identity registry, the one command dispatcher with its retry policy
 * ({@code ledger.commands.*}), the API's holding gateway, the account check the connectors use, and
 * the metadata every event carries.
 */
@org.springframework.context.annotation.Configuration(proxyBeanMethods = false)
@Profile({"command", "connectors"})
@EnableConfigurationProperties(CommandProperties.class)
public class LedgerAxonConfiguration {
    /** The metadata keys every event carries (see docs/events.md). */
    public static final List<String> EVENT_METADATA_KEYS = List.of("actor", "actorRole", "channel", "correlationId",
            FourEyes.APPROVED_BY);

    @Bean
    @ConditionalOnMissingBean
    Clock clock() {
        return Clock.systemUTC();
    }

    @Bean
    IdentityRegistry identityRegistry(JdbcTemplate jdbc) {
        return new JdbcIdentityRegistry(jdbc);
    }

    @Bean
    JournalEntryCommandHandler journalEntryCommandHandler(Repository<Account> accountRepository,
            Repository<JournalEntry> journalEntryRepository, IdentityRegistry identityRegistry, Clock clock,
            FourEyes fourEyes, PeriodLock.Store periodLock) {
        return new JournalEntryCommandHandler(accountRepository, journalEntryRepository, identityRegistry, clock,
                fourEyes, periodLock);
    }

    /** Closed accounting periods, checked by every money-moving command in its own transaction. */
    @Bean
    JdbcPeriodLock periodLock(JdbcTemplate jdbc) {
        return new JdbcPeriodLock(jdbc);
    }

    /** Payments out: each command moves the payment's hold through the journal-entry handler, in one unit of work. */
    @Bean
    PaymentCommandHandler paymentCommandHandler(Repository<Payment> paymentRepository,
            JournalEntryCommandHandler journalEntryCommandHandler, Clock clock) {
        return new PaymentCommandHandler(paymentRepository, new LedgerHolds(journalEntryCommandHandler), clock);
    }

    @Bean
    CommandDispatch commandDispatch(CommandGateway commandGateway, CommandProperties settings, MeterRegistry meters) {
        return new CommandDispatch(commandGateway, settings, meters);
    }

    @Bean
    LedgerCommandGateway ledgerCommandGateway(CommandDispatch dispatch, ObjectProvider<HeldCommands> heldCommands) {
        return new LedgerCommandGateway(dispatch, heldCommands.getIfAvailable());
    }

    @Bean
    UsableAccounts usableAccounts(EventStore eventStore) {
        return new UsableAccounts(eventStore);
    }

    /** Who did it, through which channel, and the client's correlation id travel from command to events. */
    @Bean
    CorrelationDataProvider ledgerCorrelationData() {
        return new SimpleCorrelationDataProvider(EVENT_METADATA_KEYS.toArray(String[]::new));
    }

    /** Axon's own causation chain, under keys that do not overwrite the client's correlation id. */
    @Bean
    CorrelationDataProvider messageOrigin() {
        return new MessageOriginProvider("causationId", "traceId");
    }
}
