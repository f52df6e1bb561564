package bank.ledger.query.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A period's trial balance in minor units: opening (carried forward), the period's movements, closing.
 * Per currency, opening and closing debit balances equal credit balances and the period's debits equal its
 * credits; {@link #unbalanced()} names the currencies where they do not.
 */
public record PeriodTrialBalanceView(String periodId, LocalDate firstDay, LocalDate lastDay, Instant asKnownAt,
                                     List<CurrencyTotals> currencies, List<AccountMovement> accounts,
                                     String nextAfterCode) {

    public List<CurrencyTotals> unbalanced() {
        return currencies.stream().filter(c -> !c.balanced()).toList();
    }

    public record CurrencyTotals(String currency, long accounts, long openingDebitBalances,
                                 long openingCreditBalances, long debits, long credits, long closingDebitBalances,
                                 long closingCreditBalances) {
        public boolean balanced() {
            return openingDebitBalances == openingCreditBalances && debits == credits
                    && closingDebitBalances == closingCreditBalances;
        }
    }

    /** One account: its net debit balance carried forward, the period's debits and credits, and where it ends. */
    public record AccountMovement(String accountId, String code, String name, String type, String currency,
                                  long openingNetDebit, long debits, long credits) {
        public long closingNetDebit() {
            return Math.addExact(openingNetDebit, Math.subtractExact(debits, credits));
        }
    }
}
