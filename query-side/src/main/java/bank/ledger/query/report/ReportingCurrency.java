package bank.ledger.query.report;

import bank.ledger.domain.money.Currencies;
import bank.ledger.domain.money.FxRate;
import bank.ledger.domain.money.MoneyFormat;
import bank.ledger.domain.refusal.LedgerRefusal;
import bank.ledger.domain.refusal.RefusalCode;
import bank.ledger.projections.readmodel.FxRateTable;
import bank.ledger.query.api.TrialBalanceView;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The trial balance converted into one reporting currency at the rates in force on its date (docs/currencies.md).
 * Each currency's totals are converted as totals, half-even once: a currency that balances converts to equal
 * debit and credit figures, so the converted book balances exactly. Account rows are converted one by one.
 */
public final class ReportingCurrency {
    private ReportingCurrency() {
    }

    public record Reporting(String currency, LocalDate rateDate, String debitBalances, String creditBalances,
                            String difference, boolean balanced, List<Converted> currencies, List<Row> items) {
    }

    public record Converted(String currency, String rate, LocalDate rateEffectiveDate, boolean inverted,
                            String debitBalances, String creditBalances) {
    }

    public record Row(String accountId, String currency, String debit, String credit) {
    }

    static Reporting convert(TrialBalanceView view, String reporting, LocalDate day, FxRateTable rates) {
        Currencies.exponent(reporting, "reportingCurrency");
        int to = Currencies.exponent(reporting);
        Map<String, FxRateTable.Rate> used = new HashMap<>();
        long debits = 0;
        long credits = 0;
        List<Converted> converted = new ArrayList<>();
        for (TrialBalanceView.CurrencyTotals totals : view.currencies()) {
            FxRateTable.Rate rate = rate(totals.currency(), reporting, day, rates, used);
            int from = Currencies.exponent(totals.currency());
            long d = new FxRate(rate.value()).convert(totals.debitBalances(), from, to);
            long c = new FxRate(rate.value()).convert(totals.creditBalances(), from, to);
            debits = Math.addExact(debits, d);
            credits = Math.addExact(credits, c);
            converted.add(new Converted(totals.currency(), rate.value().stripTrailingZeros().toPlainString(),
                    rate.effectiveDate(), rate.inverted(), MoneyFormat.format(d, reporting),
                    MoneyFormat.format(c, reporting)));
        }
        List<Row> rows = view.accounts().stream().map(a -> {
            FxRate rate = new FxRate(rate(a.currency(), reporting, day, rates, used).value());
            int from = Currencies.exponent(a.currency());
            return new Row(a.accountId(), a.currency(), MoneyFormat.format(rate.convert(a.debitBalance(), from, to), reporting),
                    MoneyFormat.format(rate.convert(a.creditBalance(), from, to), reporting));
        }).toList();
        return new Reporting(reporting, day, MoneyFormat.format(debits, reporting), MoneyFormat.format(credits, reporting),
                MoneyFormat.format(Math.subtractExact(debits, credits), reporting), debits == credits, converted, rows);
    }

    private static FxRateTable.Rate rate(String currency, String reporting, LocalDate day, FxRateTable rates,
                                         Map<String, FxRateTable.Rate> used) {
        FxRateTable.Rate known = used.get(currency);
        if (known != null) {
            return known;
        }
        FxRateTable.Rate rate = rates.inForce(currency, reporting, day).orElseThrow(() -> LedgerRefusal.of(
                RefusalCode.FX_RATE_NOT_FOUND, "reportingCurrency",
                "no " + currency + "/" + reporting + " rate effective on or before " + day));
        used.put(currency, rate);
        return rate;
    }
}
