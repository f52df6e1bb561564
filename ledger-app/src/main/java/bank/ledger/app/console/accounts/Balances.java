package bank.ledger.app.console.accounts;

import bank.ledger.domain.money.MoneyFormat;
import bank.ledger.query.api.AccountView;

/** An account's figures as the balance panel shows them, on the page and in each live update alike. */
public record Balances(String accountId, String currency, String status, String balance, String available,
                       String debitsPosted, String creditsPosted, String debitsPending, String creditsPending,
                       long version) {
    static Balances of(AccountView a) {
        String c = a.currency();
        return new Balances(a.accountId(), c, a.status(), MoneyFormat.format(a.balance(), c),
                MoneyFormat.format(a.available(), c), MoneyFormat.format(a.debitsPosted(), c),
                MoneyFormat.format(a.creditsPosted(), c), MoneyFormat.format(a.debitsPending(), c),
                MoneyFormat.format(a.creditsPending(), c), a.version());
    }
}
