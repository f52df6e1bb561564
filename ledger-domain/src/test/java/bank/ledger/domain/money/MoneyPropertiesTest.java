package bank.ledger.domain.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import bank.ledger.domain.refusal.LedgerRefusal;
import bank.ledger.domain.refusal.RefusalCode;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/** Money text and minor units convert into each other exactly, for every exponent a currency can have. */
class MoneyPropertiesTest {
    /** A count of minor units together with an exponent, small enough to have at most 14 integer digits. */
    record Amount(long minor, int exponent) {
    }

    @Provide
    Arbitrary<Amount> amounts() {
        return amountsUpToExponent(Currencies.EXPONENT_MAX);
    }

    /** Amounts that still fit when one more decimal is written. */
    @Provide
    Arbitrary<Amount> amountsWithRoomForADecimal() {
        return amountsUpToExponent(Currencies.EXPONENT_MAX - 1);
    }

    private static Arbitrary<Amount> amountsUpToExponent(int maxExponent) {
        return Arbitraries.integers().between(0, maxExponent).flatMap(exponent -> {
            long bound = DecimalAmount.pow10(DecimalAmount.INTEGER_DIGITS_MAX + exponent) - 1;
            return Arbitraries.longs().between(-bound, bound).map(minor -> new Amount(minor, exponent));
        });
    }

    @Property(tries = 2000)
    void formatting_then_parsing_gives_back_the_same_minor_units(@ForAll("amounts") Amount amount) {
        String text = MoneyFormat.format(amount.minor(), amount.exponent());
        assertThat(DecimalAmount.parse(text, "amount").toMinor(amount.exponent(), "amount")).isEqualTo(amount.minor());
    }

    @Property
    void formatted_text_has_exactly_the_currency_s_decimals(@ForAll("amounts") Amount amount) {
        String text = MoneyFormat.format(amount.minor(), amount.exponent());
        int decimals = text.contains(".") ? text.length() - text.indexOf('.') - 1 : 0;
        assertThat(decimals).isEqualTo(amount.exponent());
    }

    @Property
    void a_trailing_zero_does_not_change_the_canonical_form(@ForAll("amountsWithRoomForADecimal") Amount amount) {
        String x = MoneyFormat.format(amount.minor(), amount.exponent());
        String x0 = amount.exponent() == 0 ? x + ".0" : x + "0";
        assertThat(DecimalAmount.parse(x0, "amount").canonical()).isEqualTo(DecimalAmount.parse(x, "amount").canonical());
    }

    @Property
    void the_canonical_form_parses_back_to_the_same_value(@ForAll("amounts") Amount amount) {
        DecimalAmount parsed = DecimalAmount.parse(MoneyFormat.format(amount.minor(), amount.exponent()), "amount");
        DecimalAmount canonical = DecimalAmount.parse(parsed.canonical(), "amount");
        assertThat(canonical.toMinor(Currencies.EXPONENT_MAX, "amount"))
                .isEqualTo(parsed.toMinor(Currencies.EXPONENT_MAX, "amount"));
    }

    @Property
    void more_decimals_than_the_exponent_are_refused_never_rounded(
            @ForAll @IntRange(min = 0, max = 3) int exponent, @ForAll @IntRange(min = 1, max = 9) int lastDigit) {
        String text = "1." + "0".repeat(exponent) + lastDigit;
        assertThatThrownBy(() -> DecimalAmount.parse(text, "amount").toMinor(exponent, "amount"))
                .isInstanceOfSatisfying(LedgerRefusal.class,
                        r -> assertThat(r.code()).isEqualTo(RefusalCode.TOO_MANY_DECIMALS));
    }

    @Example
    void the_smallest_long_formats_without_overflow() {
        assertThat(MoneyFormat.format(Long.MIN_VALUE, 2)).isEqualTo("-92233720368547758.08");
        assertThat(MoneyFormat.format(-5, 2)).isEqualTo("-0.05");
        assertThat(MoneyFormat.format(0, 3)).isEqualTo("0.000");
    }

    @Example
    void fifteen_integer_digits_are_refused() {
        assertThatThrownBy(() -> DecimalAmount.parse("1" + "0".repeat(14), "amount"))
                .isInstanceOfSatisfying(LedgerRefusal.class,
                        r -> assertThat(r.code()).isEqualTo(RefusalCode.INVALID_AMOUNT));
        assertThat(DecimalAmount.parse("9".repeat(14) + ".9999", "amount").toMinor(4, "amount"))
                .isEqualTo(999_999_999_999_999_999L);
    }
}
