package bank.ledger.command.config;

import bank.ledger.axon.BoundedAggregateCache;
import bank.ledger.axon.CommandDispatch;
import bank.ledger.command.approval.HeldCommands;
import bank.ledger.command.dispatch.LedgerCommandGateway;
import bank.ledger.domain.approval.FourEyes;
import bank.ledger.command.identity.JdbcIdentityRegistry;
import bank.ledger.domain.account.Account;
import bank.ledger.domain.entry.JournalEntry;
import bank.ledger.domain.entry.JournalEntryCommandHandler;
import bank.ledger.domain.identity.IdentityRegistry;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.common.caching.Cache;
import org.axonframework.config.Configuration;
import org.axonframework.eventsourcing.AggregateFactory;
import org.axonframework.messaging.annotation.ClasspathParameterResolverFactory;
import org.axonframework.messaging.annotation.MultiParameterResolverFactory;
import org.axonframework.messaging.annotation.ParameterResolverFactory;
import org.axonframework.modelling.command.inspection.AnnotatedAggregateMetaModelFactory;
import org.axonframework.spring.config.annotation.SpringBeanParameterResolverFactory;
import org.springframework.context.ApplicationContext;
import org.axonframework.eventsourcing.EventCountSnapshotTriggerDefinition;
import org.axonframework.eventsourcing.GenericAggregateFactory;
import org.axonframework.eventsourcing.SnapshotTriggerDefinition;
import org.axonframework.eventsourcing.Snapshotter;
import org.axonframework.messaging.correlation.CorrelationDataProvider;
import org.axonframework.messaging.correlation.MessageOriginProvider;
import org.axonframework.messaging.correlation.SimpleCorrelationDataProvider;
import org.axonframework.modelling.command.Repository;
import org.axonframework.spring.config.SpringAggregateConfigurer;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Lazy;
import org.springframework.context.annotation.Profile;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Registers the domain's aggregates and handlers with Axon. The domain carries no Spring annotations,
 * so what {@code @Aggregate} would do is spelled out here: one configurer and one repository bean per
 * aggregate, accounts snapshotted every {@code ledger.accounts.snapshot-every-events} events.
 */
@org.springframework.context.annotation.Configuration(proxyBeanMethods = false)
@Profile("command")
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
    SnapshotTriggerDefinition accountSnapshotTrigger(Snapshotter snapshotter,
            @Value("${ledger.accounts.snapshot-every-events:100}") int snapshotEveryEvents) {
        return new EventCountSnapshotTriggerDefinition(snapshotter, snapshotEveryEvents);
    }

    /**
     * Accounts stay in memory between commands, so a hot account is not re-read from the event store
     * for every entry. Safe across nodes: Axon evicts an account when its unit of work rolls back, and a
     * stale copy fails the append on the sequence-number key, is evicted, and the command is retried.
     * Bounded by {@code ledger.accounts.cache-entries-max} (least recently used accounts leave first).
     */
    @Bean
    Cache accountCache(@Value("${ledger.accounts.cache-entries-max:100000}") long entriesMax) {
        return new BoundedAggregateCache(entriesMax);
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
        SpringAggregateConfigurer<Account> configurer = new SpringAggregateConfigurer<>(Account.class, Set.of());
        configurer.setSnapshotTriggerDefinition("accountSnapshotTrigger");
        configurer.setCache("accountCache");
        configurer.setAggregateFactory("accountAggregateFactory");
        return configurer;
    }

    @Bean
    SpringAggregateConfigurer<JournalEntry> journalEntryAggregateConfigurer() {
        return new SpringAggregateConfigurer<>(JournalEntry.class, Set.of());
    }

    @Bean
    Repository<Account> accountRepository(@Lazy Configuration axon) {
        return new LazyRepository<>(() -> axon.repository(Account.class));
    }

    @Bean
    Repository<JournalEntry> journalEntryRepository(@Lazy Configuration axon) {
        return new LazyRepository<>(() -> axon.repository(JournalEntry.class));
    }

    @Bean
    JournalEntryCommandHandler journalEntryCommandHandler(Repository<Account> accountRepository,
            Repository<JournalEntry> journalEntryRepository, IdentityRegistry identityRegistry, Clock clock,
            FourEyes fourEyes) {
        return new JournalEntryCommandHandler(accountRepository, journalEntryRepository, identityRegistry, clock,
                fourEyes);
    }

    @Bean
    LedgerCommandGateway ledgerCommandGateway(CommandGateway commandGateway, MeterRegistry meters,
            ObjectProvider<HeldCommands> heldCommands,
            @Value("${ledger.commands.attempts-max:10}") int attemptsMax,
            @Value("${ledger.commands.backoff-ms-max:200}") long backoffMsMax,
            @Value("${ledger.commands.timeout-ms:10000}") long timeoutMs) {
        return new LedgerCommandGateway(new CommandDispatch(commandGateway,
                new CommandDispatch.Settings(attemptsMax, backoffMsMax, timeoutMs), meters, "ledger.commands.retries", null),
                heldCommands.getIfAvailable());
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
