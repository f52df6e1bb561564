package bank.ledger.domain.schedule;

import java.math.BigInteger;
import java.math.RoundingMode;
import java.math.BigDecimal;

/**
 * An exact rational number, kept reduced with a positive denominator: accrued interest is summed
 * exactly and rounded once, so no rounding error builds up day by day. Written as {@code "n/d"}.
 */
public record Fraction(BigInteger numerator, BigInteger denominator) {
    public static final Fraction ZERO = new Fraction(BigInteger.ZERO, BigInteger.ONE);
    /** A carry is stored in events: a longer text is not one this code wrote. */
    static final int TEXT_LENGTH_MAX = 200;

    public Fraction {
        if (denominator.signum() == 0) {
            throw new ArithmeticException("denominator 0");
        }
        if (denominator.signum() < 0) {
            numerator = numerator.negate();
            denominator = denominator.negate();
        }
        BigInteger gcd = numerator.gcd(denominator);
        if (!gcd.equals(BigInteger.ONE) && gcd.signum() != 0) {
            numerator = numerator.divide(gcd);
            denominator = denominator.divide(gcd);
        }
    }

    public static Fraction of(long numerator, long denominator) {
        return new Fraction(BigInteger.valueOf(numerator), BigInteger.valueOf(denominator));
    }

    public static Fraction of(BigDecimal decimal) {
        return decimal.scale() >= 0
                ? new Fraction(decimal.unscaledValue(), BigInteger.TEN.pow(decimal.scale()))
                : new Fraction(decimal.toBigIntegerExact(), BigInteger.ONE);
    }

    public Fraction plus(Fraction other) {
        return new Fraction(numerator.multiply(other.denominator).add(other.numerator.multiply(denominator)),
                denominator.multiply(other.denominator));
    }

    public Fraction minus(Fraction other) {
        return plus(new Fraction(other.numerator.negate(), other.denominator));
    }

    public Fraction times(Fraction other) {
        return new Fraction(numerator.multiply(other.numerator), denominator.multiply(other.denominator));
    }

    /** Rounded to the nearest integer, a half to the even neighbour (banker's rounding). */
    public BigInteger roundHalfEven() {
        return new BigDecimal(numerator).divide(new BigDecimal(denominator), 0, RoundingMode.HALF_EVEN).toBigIntegerExact();
    }

    @Override
    public String toString() {
        return numerator + "/" + denominator;
    }

    /** Reads {@code "n/d"}; null or blank is zero. */
    public static Fraction parse(String text) {
        if (text == null || text.isBlank()) {
            return ZERO;
        }
        int slash = text.indexOf('/');
        if (text.length() > TEXT_LENGTH_MAX || slash < 1) {
            throw new IllegalArgumentException("not a fraction n/d");
        }
        return new Fraction(new BigInteger(text.substring(0, slash)), new BigInteger(text.substring(slash + 1)));
    }
}
