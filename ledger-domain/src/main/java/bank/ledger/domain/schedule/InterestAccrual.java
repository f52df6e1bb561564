package bank.ledger.domain.schedule;

import bank.ledger.domain.refusal.Fields;
import bank.ledger.domain.schedule.api.DayCount;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.util.List;

/**
 * Daily interest on end-of-day balances in minor units, summed exactly and rounded once per posting:
 * day d accrues {@code balance(d) x rate x days(d, d+1) / basis}; the period's exact sum plus the carry
 * of the previous posting is rounded half-even to a minor unit, and what rounding left (under half a
 * minor unit either way) is carried to the next posting. So the postings of a year add up to the year's
 * exact interest rounded once, whatever the number of postings.
 */
public final class InterestAccrual {
    /** 1,000 % a year is no deposit or loan this ledger books; it bounds what a typo can post. */
    public static final BigDecimal RATE_MAX = new BigDecimal("10");
    public static final int RATE_SCALE_MAX = 10;

    private InterestAccrual() {
    }

    /** One day's end-of-day balance on the account's normal side. */
    public record DayBalance(LocalDate date, long balance) {
    }

    /** The amount to post (signed minor units) and the exact remainder carried on. */
    public record Accrued(long amount, Fraction carry, Fraction exact) {
    }

    public static BigDecimal parseRate(String rate) {
        if (rate == null || rate.length() > 32) {
            throw Fields.invalid("interest.annualRate", "an exact decimal, e.g. \"0.0325\" for 3.25 %");
        }
        BigDecimal value;
        try {
            value = new BigDecimal(rate);
        } catch (NumberFormatException notANumber) {
            throw Fields.invalid("interest.annualRate", "an exact decimal, e.g. \"0.0325\" for 3.25 %");
        }
        if (value.abs().compareTo(RATE_MAX) > 0 || value.scale() > RATE_SCALE_MAX) {
            throw Fields.invalid("interest.annualRate", "at most " + RATE_MAX + " in size and "
                    + RATE_SCALE_MAX + " decimals");
        }
        return value;
    }

    public static Accrued accrue(List<DayBalance> days, BigDecimal annualRate, DayCount dayCount, Fraction carry) {
        BigInteger weighted = BigInteger.ZERO;
        for (DayBalance day : days) {
            long dayWeight = dayCount.days(day.date(), day.date().plusDays(1));
            weighted = weighted.add(BigInteger.valueOf(day.balance()).multiply(BigInteger.valueOf(dayWeight)));
        }
        Fraction exact = Fraction.of(annualRate).times(new Fraction(weighted, BigInteger.valueOf(dayCount.basis())));
        Fraction total = exact.plus(carry);
        BigInteger posted = total.roundHalfEven();
        return new Accrued(posted.longValueExact(), total.minus(new Fraction(posted, BigInteger.ONE)), exact);
    }
}
