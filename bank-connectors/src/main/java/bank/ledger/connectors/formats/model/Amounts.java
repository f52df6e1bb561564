package bank.ledger.connectors.formats.model;

import bank.ledger.domain.money.Currencies;
import bank.ledger.domain.money.DecimalAmount;
import bank.ledger.domain.money.MoneyFormat;
import bank.ledger.domain.refusal.LedgerRefusal;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

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

    /**
     * A positive amount exactly as the bank wrote it, in the currency's minor units. More decimals than
     * ISO 4217 gives the currency are kept (the caller keeps {@code exact}) and flagged {@code excessDecimals};
     * the minor units are then rounded half-even, since a balance cannot hold less than a minor unit.
     * A currency the ledger does not know is read with two decimals and flagged {@code unknownCurrency}.
     */
    public static long exactMinor(BigDecimal exact, String currency, int line, List<Warning> warnings) {
        int exponent = 2;
        if (currency != null && Currencies.isSupported(currency)) {
            exponent = Currencies.exponent(currency);
        } else {
            warnings.add(new Warning(WarningCodes.UNKNOWN_CURRENCY, line, "currency " + quote(currency)
                    + " is not an ISO 4217 currency the ledger knows; read with 2 decimals"));
        }
        BigDecimal scaled = exact.movePointRight(exponent);
        BigDecimal minor = scaled.setScale(0, RoundingMode.HALF_EVEN);
        if (minor.compareTo(scaled) != 0) {
            warnings.add(new Warning(WarningCodes.EXCESS_DECIMALS, line, "amount " + exact.toPlainString() + " "
                    + currency + " has more than " + exponent + " decimals; kept exactly, balance uses "
                    + minor.movePointLeft(exponent).toPlainString()));
        }
        return minor.longValueExact();
    }

    /**
     * A SWIFT-style decimal: digits with a comma as the decimal mark ("123,45", "123,", "0001234,5"); a dot is
     * read as the mark too. Spaces around it are ignored. Null when it is no number at all.
     */
    public static BigDecimal swiftDecimal(String text) {
        if (text == null) {
            return null;
        }
        String t = text.strip().replace(',', '.');
        if (t.endsWith(".")) {
            t = t.substring(0, t.length() - 1);
        }
        if (t.isEmpty() || !t.matches("\\d+(\\.\\d+)?") || t.length() > 40) {
            return null;
        }
        return new BigDecimal(t);
    }

    /**
     * Minor units as decimal text in the currency's decimals; a currency the ledger does not know (a
     * statement read with {@code unknownCurrency}) is written with 2, as it was read.
     */
    public static String format(long minor, String currency) {
        return MoneyFormat.format(minor, exponent(currency));
    }

    /** The currency's ISO 4217 decimals; 2 for a currency the ledger does not know (read so, flagged). */
    public static int exponent(String currency) {
        return currency != null && Currencies.isSupported(currency) ? Currencies.exponent(currency) : 2;
    }

    public static String quote(String text) {
        if (text == null) {
            return "nothing";
        }
        return "\"" + (text.length() > 60 ? text.substring(0, 60) + "..." : text) + "\"";
    }
}
