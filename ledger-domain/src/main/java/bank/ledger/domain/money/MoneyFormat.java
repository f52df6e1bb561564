package bank.ledger.domain.money;

/** Minor units to a decimal string with exactly the currency's decimals: 1234 at exponent 2 is "12.34". */
public final class MoneyFormat {
    private MoneyFormat() {
    }

    public static String format(long minor, int exponent) {
        if (exponent == 0) {
            return Long.toString(minor);
        }
        String sign = minor < 0 ? "-" : "";
        // Long.MIN_VALUE has no positive twin; go through the unsigned string of its magnitude.
        String digits = minor == Long.MIN_VALUE ? Long.toUnsignedString(Long.MIN_VALUE) : Long.toString(Math.abs(minor));
        if (digits.length() <= exponent) {
            digits = "0".repeat(exponent - digits.length() + 1) + digits;
        }
        int split = digits.length() - exponent;
        return sign + digits.substring(0, split) + "." + digits.substring(split);
    }

    public static String format(long minor, String currencyCode) {
        return format(minor, Currencies.exponent(currencyCode));
    }

    /** Parses a decimal string in the currency's units; refuses too many decimals (never rounds). */
    public static long parse(String amount, String currencyCode, String field) {
        return DecimalAmount.parse(amount, field).toMinor(Currencies.exponent(currencyCode, field), field);
    }
}
