package bank.ledger.domain.entry;

import bank.ledger.domain.account.api.AccountFlags;
import bank.ledger.domain.account.api.AccountType;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/** The starting books of the entry tests: a fresh in-memory ledger with a EUR cash and a EUR sales account. */
abstract class CashAndSalesLedger {
    protected Ledger ledger;

    @BeforeEach
    void openAccounts() {
        ledger = new Ledger();
        ledger.open("cash", "EUR");
        ledger.open("sales", AccountType.INCOME, "EUR", AccountFlags.NONE);
    }

    @AfterEach
    void close() {
        ledger.close();
    }
}
