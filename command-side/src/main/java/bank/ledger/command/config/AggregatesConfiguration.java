package bank.ledger.command.config;

import bank.ledger.domain.account.Account;
import bank.ledger.domain.entry.JournalEntry;
import bank.ledger.domain.period.AccountingPeriod;
import bank.ledger.domain.payment.Payment;
import bank.ledger.domain.schedule.Schedule;
import bank.ledger.domain.statement.BankStatement;
import java.util.Set;
import org.axonframework.common.caching.Cache;
import org.axonframework.config.Configuration;
import org.axonframework.eventsourcing.AggregateFactory;
import org.axonframework.eventsourcing.EventCountSnapshotTriggerDefinition;
import org.axonframework.eventsourcing.GenericAggregateFactory;
import org.axonframework.eventsourcing.SnapshotTriggerDefinition;
import org.axonframework.eventsourcing.Snapshotter;
import org.axonframework.messaging.annotation.ClasspathParameterResolverFactory;
import org.axonframework.messaging.annotation.MultiParameterResolverFactory;
import org.axonframework.messaging.annotation.ParameterResolverFactory;
import org.axonframework.modelling.command.Repository;
import org.axonframework.modelling.command.inspection.AnnotatedAggregateMetaModelFactory;
import org.axonframework.spring.config.SpringAggregateConfigurer;
import org.axonframework.spring.config.annotation.SpringBeanParameterResolverFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Lazy;
import org.springframework.context.annotation.Profile;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Every aggregate of the ledger, registered with Axon once, here: accounts, journal entries and bank
 * statements. The domain carries no Spring annotations, so what {@code @Aggregate} would do is spelled out:
 * one configurer per aggregate, and for the snapshotted ones (accounts, statements) a bounded cache, a
 * snapshot trigger and a factory bean. Active with the {@code command} or the {@code connectors} role:
 * the connectors' commands (statements, the journal entries of reconciliation) are handled on the node
 * that sends them.
 */
@org.springframework.context.annotation.Configuration(proxyBeanMethods = false)
@Profile({"command", "connectors"})
@EnableConfigurationProperties({AccountAggregateProperties.class, StatementAggregateProperties.class})
public class AggregatesConfiguration {

    static void requirePositive(String prefix, int snapshotEveryEvents, long cacheEntriesMax) {
        if (snapshotEveryEvents < 1 || cacheEntriesMax < 1) {
            throw new IllegalArgumentException(prefix + ": snapshot-every-events and cache-entries-max >= 1 (were "
                    + snapshotEveryEvents + ", " + cacheEntriesMax + ")");
        }
    }

    @Bean
    SnapshotTriggerDefinition accountSnapshotTrigger(Snapshotter snapshotter, AccountAggregateProperties accounts) {
        return new EventCountSnapshotTriggerDefinition(snapshotter, accounts.snapshotEveryEvents());
    }

    /**
     * Accounts stay in memory between commands, so a hot account is not re-read from the event store
     * for every entry. Safe across nodes: a cached account is used only while the event store holds no
     * newer event for it ({@link StoreCheckedCache}: a refusal must not be decided on another node's
     * past), Axon evicts an account when its unit of work rolls back, and a copy that went stale after the
     * check fails the append on the sequence-number key, is evicted, and the command is retried.
     */
    @Bean
    Cache accountCache(AccountAggregateProperties accounts, JdbcTemplate jdbc) {
        return new StoreCheckedCache(new BoundedAggregateCache(accounts.cacheEntriesMax()), jdbc);
    }

    /**
     * Axon's snapshotter finds the aggregates it can snapshot through their factory beans. The model is
     * inspected with Spring beans as handler parameters (the account's handlers take a Clock and the
     * IdentityRegistry), as Axon does for the aggregate itself.
     */
    @Bean
    AggregateFactory<Account> accountAggregateFactory(ApplicationContext context) {
        ParameterResolverFactory resolvers = MultiParameterResolverFactory.ordered(
                ClasspathParameterResolverFactory.forClass(Account.class),
                new SpringBeanParameterResolverFactory(context));
        return new GenericAggregateFactory<>(AnnotatedAggregateMetaModelFactory.inspectAggregate(Account.class, resolvers));
    }

    @Bean
    SpringAggregateConfigurer<Account> accountAggregateConfigurer() {
        return snapshotted(Account.class, "account");
    }

    @Bean
    SpringAggregateConfigurer<JournalEntry> journalEntryAggregateConfigurer() {
        return new SpringAggregateConfigurer<>(JournalEntry.class, Set.of());
    }

    /** Accounting periods (issue 18): a handful of events each, so neither cached nor snapshotted. */
    @Bean
    SpringAggregateConfigurer<AccountingPeriod> accountingPeriodAggregateConfigurer() {
        return new SpringAggregateConfigurer<>(AccountingPeriod.class, Set.of());
    }

    /** Rate-table imports (issue 18): one short stream per import, so neither cached nor snapshotted. */
    @Bean
    SpringAggregateConfigurer<bank.ledger.domain.fx.FxRateImport> fxRateImportAggregateConfigurer() {
        return new SpringAggregateConfigurer<>(bank.ledger.domain.fx.FxRateImport.class, Set.of());
    }

    /** Schedules: a few events a month each, not cached nor snapshotted (docs/schedules.md). */
    @Bean
    SpringAggregateConfigurer<Schedule> scheduleAggregateConfigurer() {
        return new SpringAggregateConfigurer<>(Schedule.class, Set.of());
    }

    /**
     * Statements stay in memory too, so recording batch 100 of a large statement does not replay the 99
     * before it; snapshotted, so a node without it cached reads the snapshot and the events after it.
     */
    @Bean
    Cache bankStatementCache(StatementAggregateProperties statements, JdbcTemplate jdbc) {
        return new StoreCheckedCache(new BoundedAggregateCache(statements.cacheEntriesMax()), jdbc);
    }

    @Bean
    SnapshotTriggerDefinition bankStatementSnapshotTrigger(Snapshotter snapshotter,
                                                           StatementAggregateProperties statements) {
        return new EventCountSnapshotTriggerDefinition(snapshotter, statements.snapshotEveryEvents());
    }

    @Bean
    AggregateFactory<BankStatement> bankStatementAggregateFactory() {
        return new GenericAggregateFactory<>(BankStatement.class);
    }

    @Bean
    SpringAggregateConfigurer<BankStatement> bankStatementAggregateConfigurer() {
        return snapshotted(BankStatement.class, "bankStatement");
    }

    /** A cached, snapshotted aggregate: its beans are named {@code <name>Cache}, {@code <name>SnapshotTrigger}, {@code <name>AggregateFactory}. */
    private static <T> SpringAggregateConfigurer<T> snapshotted(Class<T> type, String name) {
        SpringAggregateConfigurer<T> configurer = new SpringAggregateConfigurer<>(type, Set.of());
        configurer.setCache(name + "Cache");
        configurer.setSnapshotTriggerDefinition(name + "SnapshotTrigger");
        configurer.setAggregateFactory(name + "AggregateFactory");
        return configurer;
    }

    @Bean
    Repository<Account> accountRepository(@Lazy Configuration axon) {
        return new LazyRepository<>(() -> axon.repository(Account.class));
    }

    @Bean
    Repository<JournalEntry> journalEntryRepository(@Lazy Configuration axon) {
        return new LazyRepository<>(() -> axon.repository(JournalEntry.class));
    }

    /** Payments out: a handful of events each, neither cached nor snapshotted (docs/payments.md). */
    @Bean
    SpringAggregateConfigurer<Payment> paymentAggregateConfigurer() {
        return new SpringAggregateConfigurer<>(Payment.class, Set.of());
    }

    @Bean
    Repository<Payment> paymentRepository(@Lazy Configuration axon) {
        return new LazyRepository<>(() -> axon.repository(Payment.class));
    }
}
