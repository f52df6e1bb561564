package bank.ledger.domain.entry;

import bank.ledger.domain.account.Account;
import bank.ledger.domain.account.api.AccountFlags;
import bank.ledger.domain.account.api.AccountState;
import bank.ledger.domain.account.api.AccountType;
import bank.ledger.domain.account.api.Balances;
import bank.ledger.domain.approval.FourEyes;
import bank.ledger.domain.account.api.FreezeAccount;
import bank.ledger.domain.account.api.OpenAccount;
import bank.ledger.domain.entry.api.JournalEntryState;
import bank.ledger.domain.entry.api.PostJournalEntry;
import bank.ledger.domain.entry.api.PostingRequest;
import bank.ledger.domain.entry.api.Side;
import bank.ledger.domain.identity.IdentityRegistry;
import bank.ledger.domain.period.AccountingPeriod;
import bank.ledger.domain.period.PeriodLock;
import bank.ledger.domain.support.InMemoryPeriodLock;
import bank.ledger.domain.support.InMemoryIdentityRegistry;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.axonframework.config.Configuration;
import org.axonframework.config.DefaultConfigurer;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;

/**
 * A whole ledger in memory: a real Axon configuration with an embedded event store, both aggregates,
 * the cross-aggregate entry handler and the identity registry. Commands go through the command gateway,
 * each in its own unit of work, exactly as in production; only storage is in memory.
 */
final class Ledger implements AutoCloseable {
    static final Instant NOW = Instant.parse("2025-03-14T09:30:00Z");
    static final LocalDate TODAY = LocalDate.of(2025, 3, 14);
    static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);

    final InMemoryIdentityRegistry registry = new InMemoryIdentityRegistry();
    /** Closed accounting periods: the AccountingPeriod aggregate writes them, the entry handler reads them. */
    final InMemoryPeriodLock periods = new InMemoryPeriodLock();
    private final InMemoryEventStorageEngine storage = new InMemoryEventStorageEngine();
    private final Configuration config;

    Ledger() {
        this(FourEyes.off());
    }

    /** A ledger whose risky commands pass the given four-eyes gate. */
    Ledger(FourEyes fourEyes) {
        config = DefaultConfigurer.defaultConfiguration()
                .configureEmbeddedEventStore(c -> storage)
                .configureAggregate(Account.class)
                .configureAggregate(JournalEntry.class)
                .configureAggregate(AccountingPeriod.class)
                // Account's command handlers take these as parameters: the configuration resolves
                // handler parameters from its components (ConfigurationParameterResolverFactory).
                .registerComponent(IdentityRegistry.class, c -> registry)
                .registerComponent(Clock.class, c -> CLOCK)
                .registerComponent(FourEyes.class, c -> fourEyes)
                .registerComponent(PeriodLock.Store.class, c -> periods)
                .registerCommandHandler(c -> new JournalEntryCommandHandler(c.repository(Account.class),
                        c.repository(JournalEntry.class), c.getComponent(IdentityRegistry.class),
                        c.getComponent(Clock.class), fourEyes, periods))
                .start();
    }

    @Override
    public void close() {
        config.shutdown();
    }

    <R> R send(Object command) {
        return config.commandGateway().sendAndWait(command);
    }

    /** Sends with metadata, as the ledger's senders do (actor, channel, an approval's id). */
    <R> R send(Object command, Map<String, ?> metadata) {
        return config.commandGateway().sendAndWait(
                new org.axonframework.commandhandling.GenericCommandMessage<>(command)
                        .andMetaData(org.axonframework.messaging.MetaData.from(metadata)));
    }

    AccountState open(String accountId, AccountType type, String currency, AccountFlags flags) {
        return send(new OpenAccount(accountId, "code-" + accountId, "Account " + accountId, type, currency, flags,
                Map.of()));
    }

    AccountState open(String accountId, String currency) {
        return open(accountId, AccountType.ASSET, currency, AccountFlags.NONE);
    }

    void freeze(String accountId) {
        send(new FreezeAccount(accountId, "frozen by test"));
    }

    static PostJournalEntry entry(String entryId, PostingRequest... lines) {
        return new PostJournalEntry(entryId, null, "test entry", false, List.of(lines), Map.of());
    }

    static PostJournalEntry hold(String entryId, PostingRequest... lines) {
        return new PostJournalEntry(entryId, null, "test hold", true, List.of(lines), Map.of());
    }

    JournalEntryState post(String entryId, PostingRequest... lines) {
        return send(entry(entryId, lines));
    }

    static PostingRequest debit(String accountId, String amount) {
        return new PostingRequest(accountId, Side.DEBIT, amount, null);
    }

    static PostingRequest credit(String accountId, String amount) {
        return new PostingRequest(accountId, Side.CREDIT, amount, null);
    }

    /** The account's totals as the write side rebuilds them from its events. */
    Balances totals(String accountId) {
        return DefaultUnitOfWork.startAndGet(null).executeWithResult(() -> config.repository(Account.class)
                .load(accountId).invoke(account -> account.state(false).totals())).getPayload();
    }

    /** The entry as the write side rebuilds it from its events. */
    JournalEntryState entryState(String entryId) {
        return DefaultUnitOfWork.startAndGet(null).executeWithResult(() -> config.repository(JournalEntry.class)
                .load(entryId).invoke(entry -> entry.state(false))).getPayload();
    }

    /** Every event payload in the store, in append order. */
    List<Object> events() {
        return storage.readEvents(null, false).map(EventMessage::getPayload).map(Object.class::cast).toList();
    }

    /** The payloads appended after the first {@code count} events. */
    List<Object> eventsAfter(int count) {
        List<Object> all = events();
        return all.subList(count, all.size());
    }
}
