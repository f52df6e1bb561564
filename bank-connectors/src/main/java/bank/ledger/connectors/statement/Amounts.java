package bank.ledger.connectors.statement;

import bank.ledger.domain.money.Currencies;
import bank.ledger.domain.money.DecimalAmount;
import bank.ledger.domain.refusal.LedgerRefusal;

/** Decimal text to minor units through the ledger's own exact rules, errors pinned to a line. */
public final class Amounts {
    private Amounts() {
    }

    /**
     * Parses a dot-decimal string ("1234.50") in {@code currency}; more decimals than the currency
     * has is an error, never rounded. Returns null after recording the error.
     */
    public static Long toMinor(String decimal, String currency, String what, int line, Problems problems) {
        if (currency == null || !Currencies.isSupported(currency)) {
            problems.add(line, what + ": no valid ISO 4217 currency (got " + quote(currency) + ")");
            return null;
        }
        try {
            return DecimalAmount.parse(decimal, what).toMinor(Currencies.exponent(currency), what);
        } catch (LedgerRefusal refusal) {
            problems.add(line, what + " " + quote(decimal) + " in " + currency + ": " + refusal.detail());
            return null;
        }
    }

    public static String quote(String text) {
        if (text == null) {
            return "nothing";
        }
        return "\"" + (text.length() > 60 ? text.substring(0, 60) + "..." : text) + "\"";
    }
}
