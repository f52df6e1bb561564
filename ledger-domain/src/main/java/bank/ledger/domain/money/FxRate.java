package bank.ledger.domain.money;

import bank.ledger.domain.refusal.LedgerRefusal;
import bank.ledger.domain.refusal.RefusalCode;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.regex.Pattern;

/**
 * An exchange rate as an exact decimal (one unit of the base currency in units of the quote currency),
 * and conversion of minor units with it: the result is rounded half-even at the target's minor unit,
 * once, at the end (never a double, never an intermediate rounding).
 */
public record FxRate(BigDecimal value) {
    /** Digits of a rate, both sides of the mark; enough for any published rate, small enough to bound the arithmetic. */
    public static final int DIGITS_MAX = 24;
    private static final Pattern FORMAT = Pattern.compile("\\d{1,12}(\\.\\d{1,12})?");

    public FxRate {
        if (value == null || value.signum() <= 0) {
            throw new IllegalArgumentException("a rate is positive");
        }
    }

    public static FxRate parse(String text, String field) {
        if (text == null || !FORMAT.matcher(text).matches()) {
            throw LedgerRefusal.of(RefusalCode.INVALID_RATE, field,
                    "a rate is a positive decimal string such as \"0.3015\" (at most 12 digits each side of the mark)");
        }
        BigDecimal value = new BigDecimal(text);
        if (value.signum() <= 0) {
            throw LedgerRefusal.of(RefusalCode.INVALID_RATE, field, "a rate is positive");
        }
        return new FxRate(value);
    }

    /** The rate as stored and shown: plain notation, trailing zeros removed ("0.30150" is "0.3015"). */
    public String canonical() {
        return value.stripTrailingZeros().toPlainString();
    }

    /**
     * Base-currency minor units into quote-currency minor units, half-even at the quote's minor unit;
     * refused with {@code amountOverflow} when the result is beyond what the ledger can count.
     */
    public long convert(long baseMinor, int baseExponent, int quoteExponent) {
        return exact(BigDecimal.valueOf(baseMinor).movePointLeft(baseExponent).multiply(value)
                .setScale(quoteExponent, RoundingMode.HALF_EVEN).movePointRight(quoteExponent));
    }

    /** Quote-currency minor units back into base-currency minor units, half-even at the base's minor unit. */
    public long convertBack(long quoteMinor, int quoteExponent, int baseExponent) {
        return exact(BigDecimal.valueOf(quoteMinor).movePointLeft(quoteExponent)
                .divide(value, baseExponent, RoundingMode.HALF_EVEN).movePointRight(baseExponent));
    }

    private static long exact(BigDecimal minor) {
        if (minor.abs().compareTo(LIMIT) > 0) {
            throw LedgerRefusal.of(RefusalCode.AMOUNT_OVERFLOW, null,
                    "the converted amount is beyond what the ledger can count");
        }
        return minor.longValueExact();
    }

    /** The largest count of minor units a conversion answers (as a parsed amount: below 10^18). */
    private static final BigDecimal LIMIT = BigDecimal.TEN.pow(18);

    /**
     * Whether two amounts agree with this rate within the coarser currency's rounding: converting either
     * side with the rate and rounding half-even lands exactly on the other side.
     */
    public boolean agrees(long baseMinor, int baseExponent, long quoteMinor, int quoteExponent) {
        try {
            if (convert(baseMinor, baseExponent, quoteExponent) == quoteMinor) {
                return true;
            }
        } catch (LedgerRefusal beyondCounting) {
            // the base side converts to more than any amount: only the other direction can agree
        }
        try {
            return convertBack(quoteMinor, quoteExponent, baseExponent) == baseMinor;
        } catch (LedgerRefusal beyondCounting) {
            return false;
        }
    }
}
