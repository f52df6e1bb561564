package bank.ledger.domain.money;

import bank.ledger.domain.refusal.LedgerRefusal;
import bank.ledger.domain.refusal.RefusalCode;
import java.util.regex.Pattern;

/**
 * A decimal string as a client wrote it ("12.50"), parsed without any floating point or rounding.
 * It becomes minor units only once the currency is known: {@link #toMinor(int, String)} refuses
 * more decimals than the currency has instead of rounding.
 */
public record DecimalAmount(long unscaled, int scale) {
    /**
     * Digits before the decimal mark: 14, so that even at 4 decimals an amount stays below 10^18 minor
     * units and no parse or conversion can overflow a {@code long}.
     */
    public static final int INTEGER_DIGITS_MAX = 14;
    private static final Pattern FORMAT = Pattern.compile("-?\\d{1,14}(\\.\\d{1,30})?");

    public static DecimalAmount parse(String text, String field) {
        if (text == null || !FORMAT.matcher(text).matches()) {
            throw LedgerRefusal.of(RefusalCode.INVALID_AMOUNT, field,
                    "amount must be a decimal string such as \"12.50\" with at most "
                            + INTEGER_DIGITS_MAX + " integer digits, got " + quote(text));
        }
        int dot = text.indexOf('.');
        int scale = dot < 0 ? 0 : text.length() - dot - 1;
        if (scale > Currencies.EXPONENT_MAX) {
            throw LedgerRefusal.of(RefusalCode.TOO_MANY_DECIMALS, field,
                    "amount has " + scale + " decimals, no currency allows more than " + Currencies.EXPONENT_MAX);
        }
        String digits = dot < 0 ? text : text.substring(0, dot) + text.substring(dot + 1);
        return new DecimalAmount(Long.parseLong(digits), scale);
    }

    /** Exact conversion to minor units; trailing zeros beyond the exponent are still too many decimals. */
    public long toMinor(int exponent, String field) {
        if (scale > exponent) {
            throw LedgerRefusal.of(RefusalCode.TOO_MANY_DECIMALS, field,
                    "amount has " + scale + " decimals, the currency allows " + exponent);
        }
        return unscaled * pow10(exponent - scale);
    }

    /** The same value with trailing zeros removed, so "10.0" and "10.00" compare equal. */
    public String canonical() {
        long u = unscaled;
        int s = scale;
        while (s > 0 && u % 10 == 0) {
            u /= 10;
            s--;
        }
        return MoneyFormat.format(u, s);
    }

    public boolean isPositive() {
        return unscaled > 0;
    }

    static long pow10(int n) {
        long result = 1;
        for (int i = 0; i < n; i++) {
            result *= 10;
        }
        return result;
    }

    private static String quote(String text) {
        return text == null ? "nothing" : "\"" + (text.length() > 40 ? text.substring(0, 40) + "..." : text) + "\"";
    }
}
