package bank.ledger.query.report;

import bank.ledger.domain.money.MoneyFormat;
import bank.ledger.query.api.PeriodTrialBalanceView;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** {@code GET /api/v1/reports/trial-balance?period=2026-11}: carried forward, the period's movements, closing. */
public record PeriodTrialBalanceResponse(String period, LocalDate firstDay, LocalDate lastDay, Instant asKnownAt,
                                         boolean balanced, List<Totals> currencies, List<Row> items,
                                         String nextAfter) {
    static PeriodTrialBalanceResponse of(PeriodTrialBalanceView v) {
        return new PeriodTrialBalanceResponse(v.periodId(), v.firstDay(), v.lastDay(), v.asKnownAt(),
                v.unbalanced().isEmpty(), v.currencies().stream().map(Totals::of).toList(),
                v.accounts().stream().map(Row::of).toList(), v.nextAfterCode());
    }

    public record Totals(String currency, long accounts, String openingDebitBalances, String openingCreditBalances,
                         String debits, String credits, String closingDebitBalances, String closingCreditBalances,
                         boolean balanced) {
        static Totals of(PeriodTrialBalanceView.CurrencyTotals t) {
            String c = t.currency();
            return new Totals(c, t.accounts(), MoneyFormat.format(t.openingDebitBalances(), c),
                    MoneyFormat.format(t.openingCreditBalances(), c), MoneyFormat.format(t.debits(), c),
                    MoneyFormat.format(t.credits(), c), MoneyFormat.format(t.closingDebitBalances(), c),
                    MoneyFormat.format(t.closingCreditBalances(), c), t.balanced());
        }
    }

    /** Balances on their side (the other side "0"): opening (carried forward) and closing; the period's movements. */
    public record Row(String accountId, String code, String name, String type, String currency, String openingDebit,
                      String openingCredit, String debits, String credits, String closingDebit,
                      String closingCredit) {
        static Row of(PeriodTrialBalanceView.AccountMovement a) {
            String c = a.currency();
            long opening = a.openingNetDebit();
            long closing = a.closingNetDebit();
            return new Row(a.accountId(), a.code(), a.name(), a.type(), c, MoneyFormat.format(Math.max(opening, 0), c),
                    MoneyFormat.format(Math.max(-opening, 0), c), MoneyFormat.format(a.debits(), c),
                    MoneyFormat.format(a.credits(), c), MoneyFormat.format(Math.max(closing, 0), c),
                    MoneyFormat.format(Math.max(-closing, 0), c));
        }
    }
}
