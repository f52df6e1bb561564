package bank.ledger.domain.money;

import static org.assertj.core.api.Assertions.assertThat;

import bank.ledger.domain.refusal.LedgerRefusal;
import bank.ledger.domain.refusal.RefusalCode;
import java.math.BigDecimal;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.LongRange;

/** Conversion with an exact rate: half-even once at the target's minor unit, and the agreement check built on it. */
class FxRatePropertiesTest {
    static final int KWD = 3;
    static final int USD = 2;
    static final int JPY = 0;

    @Provide
    Arbitrary<FxRate> rates() {
        return Arbitraries.bigDecimals().between(new BigDecimal("0.000001"), new BigDecimal("100000"))
                .ofScale(6).map(FxRate::new);
    }

    @Provide
    Arbitrary<Integer> exponents() {
        return Arbitraries.of(KWD, USD, JPY);
    }

    @Property(tries = 1000)
    void an_amount_converted_with_the_rate_always_agrees_with_it(@ForAll @LongRange(min = 1, max = 1_000_000_000L)
            long base, @ForAll("rates") FxRate rate, @ForAll("exponents") int baseExp, @ForAll("exponents") int quoteExp) {
        long quote = rate.convert(base, baseExp, quoteExp);
        assertThat(rate.agrees(base, baseExp, quote, quoteExp)).isTrue();
    }

    @Property(tries = 1000)
    void conversion_is_within_half_a_minor_unit_of_the_exact_value(
            @ForAll @LongRange(min = 0, max = 1_000_000_000L) long base, @ForAll("rates") FxRate rate,
            @ForAll("exponents") int baseExp, @ForAll("exponents") int quoteExp) {
        BigDecimal exact = BigDecimal.valueOf(base).movePointLeft(baseExp).multiply(rate.value()).movePointRight(quoteExp);
        BigDecimal error = exact.subtract(BigDecimal.valueOf(rate.convert(base, baseExp, quoteExp))).abs();
        assertThat(error).isLessThanOrEqualTo(new BigDecimal("0.5"));
    }

    @Property(tries = 1000)
    void an_amount_off_by_more_than_both_roundings_never_agrees(
            @ForAll @LongRange(min = 1, max = 1_000_000_000L) long base, @ForAll("rates") FxRate rate,
            @ForAll("exponents") int baseExp, @ForAll("exponents") int quoteExp) {
        long quote = rate.convert(base, baseExp, quoteExp);
        // one base minor unit is worth this many quote minor units; beyond it (plus one) no rounding explains the gap
        long slack = rate.convert(1, baseExp, quoteExp) + 2;
        assertThat(rate.agrees(base, baseExp, quote + slack, quoteExp)).isFalse();
    }

    @Example
    void kuwaiti_dinar_keeps_three_decimals_and_yen_none() {
        FxRate usdKwd = FxRate.parse("0.30155", "rate");
        assertThat(usdKwd.convert(10_000, USD, KWD)).isEqualTo(30_155);  // 100.00 USD = 30.155 KWD
        assertThat(usdKwd.convert(1, USD, KWD)).isEqualTo(3);            // 0.01 USD = 0.0030155 -> 0.003
        FxRate usdJpy = FxRate.parse("149.5", "rate");
        assertThat(usdJpy.convert(1, USD, JPY)).isEqualTo(1);             // 1.495 -> 1
        assertThat(usdJpy.convert(5, USD, JPY)).isEqualTo(7);             // 7.475 -> 7
        assertThat(FxRate.parse("150", "rate").convert(1, USD, JPY)).isEqualTo(2); // 1.5 -> 2 (half-even)
        assertThat(FxRate.parse("250", "rate").convert(1, USD, JPY)).isEqualTo(2); // 2.5 -> 2 (half-even)
    }

    @Example
    void a_conversion_beyond_what_the_ledger_counts_is_refused_not_wrapped() {
        try {
            FxRate.parse("999999999999", "rate").convert(Long.MAX_VALUE / 10, JPY, KWD);
            throw new AssertionError("converted");
        } catch (LedgerRefusal refusal) {
            assertThat(refusal.code()).isEqualTo(RefusalCode.AMOUNT_OVERFLOW);
        }
    }

    @Example
    void a_rate_is_a_plain_positive_decimal() {
        for (String bad : new String[] {null, "", "0", "0.000", "-1", "1e3", "1,5", "١٢", "1.0000000000001",
                "1\u00005"}) {
            try {
                FxRate.parse(bad, "rate");
                throw new AssertionError("accepted " + bad);
            } catch (LedgerRefusal refusal) {
                assertThat(refusal.code()).isEqualTo(RefusalCode.INVALID_RATE);
            }
        }
        assertThat(FxRate.parse("0.301500", "rate").canonical()).isEqualTo("0.3015");
    }
}
