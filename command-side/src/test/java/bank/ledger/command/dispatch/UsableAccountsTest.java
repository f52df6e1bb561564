package bank.ledger.command.dispatch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import bank.ledger.domain.account.api.AccountClosed;
import bank.ledger.domain.account.api.AccountFlags;
import bank.ledger.domain.account.api.AccountFrozen;
import bank.ledger.domain.account.api.AccountOpened;
import bank.ledger.domain.account.api.AccountType;
import bank.ledger.domain.refusal.LedgerRefusal;
import bank.ledger.domain.refusal.RefusalCode;
import java.time.Instant;
import java.util.Map;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The account check the connectors use, on Axon's in-memory event store: the same reads as the JDBC one, snapshots included. */
class UsableAccountsTest {
    private static final Instant NOW = Instant.parse("2026-11-20T10:00:00Z");
    private final EmbeddedEventStore store = EmbeddedEventStore.builder()
            .storageEngine(new InMemoryEventStorageEngine()).build();
    private final UsableAccounts accounts = new UsableAccounts(store);

    @AfterEach
    void stop() {
        store.shutDown();
    }

    @Test
    void an_open_account_in_the_currency_is_usable() {
        open("bank-eur", "EUR");

        assertThatCode(() -> accounts.requireUsable("bank-eur", "EUR", "ledgerAccountId")).doesNotThrowAnyException();
    }

    @Test
    void a_missing_account_is_not_found_under_the_field() {
        assertRefused(() -> accounts.requireUsable("nobody", "EUR", "suspenseAccountId"),
                RefusalCode.ACCOUNT_NOT_FOUND, "suspenseAccountId");
    }

    @Test
    void an_aggregate_that_is_no_account_is_not_found() {
        store.publish(new GenericDomainEventMessage<>("JournalEntry", "je-1", 0, "some other event"));

        assertRefused(() -> accounts.requireUsable("je-1", "EUR", "ledgerAccountId"),
                RefusalCode.ACCOUNT_NOT_FOUND, "ledgerAccountId");
    }

    @Test
    void an_account_in_another_currency_is_a_currency_mismatch() {
        open("bank-usd", "USD");

        assertRefused(() -> accounts.requireUsable("bank-usd", "EUR", "differenceAccountId"),
                RefusalCode.CURRENCY_MISMATCH, "differenceAccountId");
    }

    @Test
    void a_closed_account_is_refused_and_a_frozen_one_is_not() {
        open("old", "EUR");
        store.publish(event("old", 1, new AccountClosed("old", "retired", NOW)));
        open("paused", "EUR");
        store.publish(event("paused", 1, new AccountFrozen("paused", "audit", NOW)));

        assertRefused(() -> accounts.requireUsable("old", "EUR", "ledgerAccountId"),
                RefusalCode.ACCOUNT_CLOSED, "ledgerAccountId");
        assertThatCode(() -> accounts.requireUsable("paused", "EUR", "ledgerAccountId")).doesNotThrowAnyException();
    }

    /** A snapshot would replace the opening event in {@code readEvents(id)}; the check reads past it. */
    @Test
    void a_snapshotted_account_is_still_found_by_its_opening_event() {
        open("busy", "EUR");
        store.publish(event("busy", 1, new AccountFrozen("busy", "audit", NOW)));
        store.storeSnapshot(event("busy", 1, "the account as of sequence 1"));

        assertThatCode(() -> accounts.requireUsable("busy", "EUR", "ledgerAccountId")).doesNotThrowAnyException();
    }

    private void open(String accountId, String currency) {
        store.publish(event(accountId, 0, new AccountOpened(accountId, "C-" + accountId, accountId, AccountType.ASSET,
                currency, AccountFlags.NONE, Map.of(), NOW)));
    }

    private static GenericDomainEventMessage<Object> event(String accountId, long sequence, Object payload) {
        return new GenericDomainEventMessage<>("Account", accountId, sequence, payload);
    }

    private static void assertRefused(Runnable call, RefusalCode code, String field) {
        assertThatThrownBy(call::run).isInstanceOfSatisfying(LedgerRefusal.class, refusal -> {
            assertThat(refusal.code()).isEqualTo(code);
            assertThat(refusal.field()).isEqualTo(field);
        });
    }
}
