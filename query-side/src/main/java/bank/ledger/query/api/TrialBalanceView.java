package bank.ledger.query.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A trial balance in minor units. Per currency, the debit balances of all accounts must equal their
 * credit balances; {@link #unbalanced()} names the currencies where they do not (a broken ledger or
 * read model, never a rounding: there is no rounding).
 */
public record TrialBalanceView(LocalDate date, Instant asKnownAt, List<CurrencyTotals> currencies,
                               List<AccountBalance> accounts, String nextAfterCode) {

    public List<CurrencyTotals> unbalanced() {
        return currencies.stream().filter(c -> !c.balanced()).toList();
    }

    /** Sums over every account of one currency; {@code debits}/{@code credits} are the posted movements. */
    public record CurrencyTotals(String currency, long accounts, long debitBalances, long creditBalances,
                                 long debits, long credits) {
        public boolean balanced() {
            return debitBalances == creditBalances && debits == credits;
        }
    }

    /** One account's balance at the date: on the debit side or the credit side, the other is zero. */
    public record AccountBalance(String accountId, String code, String name, String type, String currency,
                                 long debitBalance, long creditBalance) {
        public static AccountBalance of(String accountId, String code, String name, String type, String currency,
                                        long debits, long credits) {
            long net = Math.subtractExact(debits, credits);
            return new AccountBalance(accountId, code, name, type, currency, Math.max(net, 0), Math.max(-net, 0));
        }
    }
}
