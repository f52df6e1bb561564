package bank.ledger.app.console.accounts;

import bank.ledger.projections.readmodel.AccountRow;
import bank.ledger.query.representation.AccountResponse;

/** An account's figures as the balance panel shows them, on the page and in each live update alike. */
public record Balances(String accountId, String currency, String status, String balance, String available,
                       String debitsPosted, String creditsPosted, String debitsPending, String creditsPending,
                       long version) {
    /** Formatted by the API's own representation, so the console and the API show the same figures. */
    static Balances of(AccountRow row) {
        AccountResponse a = AccountResponse.of(row);
        return new Balances(a.id(), a.currency(), a.status(), a.balance(), a.available(), a.debitsPosted(),
                a.creditsPosted(), a.debitsPending(), a.creditsPending(), row.lastSequence());
    }
}
