package bank.ledger.domain.account;

import bank.ledger.domain.account.api.AccountBalanceChanged;
import bank.ledger.domain.account.api.AccountFlags;
import bank.ledger.domain.account.api.AccountOpened;
import bank.ledger.domain.account.api.AccountState;
import bank.ledger.domain.account.api.AccountStatus;
import bank.ledger.domain.account.api.AccountType;
import bank.ledger.domain.account.api.Balances;
import bank.ledger.domain.account.api.OpenAccount;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;

/** The account every account test starts from, and the events and states that go with it. */
final class AccountFixtures {
    static final Instant OPENED_AT = Instant.parse("2025-03-01T08:00:00Z");
    static final Instant NOW = Instant.parse("2025-03-14T09:30:00Z");
    static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);
    static final String ID = "acc-cash";
    static final Map<String, String> METADATA = Map.of("branch", "Lisbon");

    private AccountFixtures() {
    }

    static OpenAccount open() {
        return new OpenAccount(ID, "1000", "Cash", AccountType.ASSET, "EUR", AccountFlags.NONE, METADATA);
    }

    static AccountOpened opened() {
        return new AccountOpened(ID, "1000", "Cash", AccountType.ASSET, "EUR", AccountFlags.NONE, METADATA, OPENED_AT);
    }

    /** The account's totals after some entry moved them. */
    static AccountBalanceChanged totals(Balances totals) {
        return new AccountBalanceChanged(ID, "entry-1", "EUR", LocalDate.of(2025, 3, 2), totals, totals, OPENED_AT);
    }

    static AccountState state(AccountStatus status, Balances totals, Instant openedAt, boolean replayed) {
        return new AccountState(ID, "1000", "Cash", AccountType.ASSET, "EUR", AccountFlags.NONE, status, METADATA,
                totals, openedAt, replayed);
    }

    static OpenAccount withCode(String code) {
        OpenAccount c = open();
        return new OpenAccount(c.accountId(), code, c.name(), c.type(), c.currency(), c.flags(), c.metadata());
    }

    static OpenAccount withName(String name) {
        OpenAccount c = open();
        return new OpenAccount(c.accountId(), c.code(), name, c.type(), c.currency(), c.flags(), c.metadata());
    }

    static OpenAccount withType(AccountType type) {
        OpenAccount c = open();
        return new OpenAccount(c.accountId(), c.code(), c.name(), type, c.currency(), c.flags(), c.metadata());
    }

    static OpenAccount withCurrency(String currency) {
        OpenAccount c = open();
        return new OpenAccount(c.accountId(), c.code(), c.name(), c.type(), currency, c.flags(), c.metadata());
    }

    static OpenAccount withFlags(AccountFlags flags) {
        OpenAccount c = open();
        return new OpenAccount(c.accountId(), c.code(), c.name(), c.type(), c.currency(), flags, c.metadata());
    }

    static OpenAccount withMetadata(Map<String, String> metadata) {
        OpenAccount c = open();
        return new OpenAccount(c.accountId(), c.code(), c.name(), c.type(), c.currency(), c.flags(), metadata);
    }

    static OpenAccount withId(String id) {
        OpenAccount c = open();
        return new OpenAccount(id, c.code(), c.name(), c.type(), c.currency(), c.flags(), c.metadata());
    }
}
