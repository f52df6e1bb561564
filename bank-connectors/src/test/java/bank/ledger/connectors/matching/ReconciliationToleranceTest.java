package bank.ledger.connectors.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class ReconciliationToleranceTest {
    /** The default: 5 in each currency's major unit, and no percentage, so only the absolute part counts. */
    final ReconciliationTolerance fiveMajor = new ReconciliationTolerance(new BigDecimal("5"), Map.of(), 0);

    @Nested
    class The_default_in_major_units_scaled_by_the_currency {
        @Test
        void in_euros_a_difference_of_5_00_is_tolerated_and_5_01_is_not() {
            assertThat(fiveMajor.absoluteMinor("EUR")).isEqualTo(500);
            assertThat(fiveMajor.tolerates("EUR", 500, 10_000)).isTrue();
            assertThat(fiveMajor.tolerates("EUR", 501, 10_000)).isFalse();
        }

        @Test
        void in_yen_a_difference_of_5_yen_is_tolerated_and_6_is_not() {
            assertThat(fiveMajor.absoluteMinor("JPY")).isEqualTo(5);
            assertThat(fiveMajor.tolerates("JPY", 5, 10_000)).isTrue();
            assertThat(fiveMajor.tolerates("JPY", 6, 10_000)).isFalse();
        }

        @Test
        void in_dinars_a_difference_of_5_000_is_tolerated_and_5_001_is_not() {
            assertThat(fiveMajor.absoluteMinor("KWD")).isEqualTo(5_000);
            assertThat(fiveMajor.tolerates("KWD", 5_000, 100_000)).isTrue();
            assertThat(fiveMajor.tolerates("KWD", 5_001, 100_000)).isFalse();
        }

        @Test
        void with_more_decimals_than_the_currency_is_rounded_down_never_more_tolerant_than_written() {
            ReconciliationTolerance fraction = new ReconciliationTolerance(new BigDecimal("0.5"), Map.of(), 0);

            assertThat(fraction.absoluteMinor("JPY")).isZero();
            assertThat(fraction.absoluteMinor("EUR")).isEqualTo(50);
        }
    }

    @Nested
    class A_listed_currency {
        final ReconciliationTolerance listed = new ReconciliationTolerance(new BigDecimal("5"), Map.of("JPY", 500L), 0);

        @Test
        void uses_its_own_minor_units_and_leaves_the_others_at_the_default() {
            assertThat(listed.tolerates("JPY", 500, 10_000)).isTrue();
            assertThat(listed.tolerates("JPY", 501, 10_000)).isFalse();
            assertThat(listed.absoluteMinor("EUR")).isEqualTo(500);
        }

        @Test
        void must_be_a_currency_and_not_negative() {
            assertThatThrownBy(() -> new ReconciliationTolerance(BigDecimal.ONE, Map.of("EURO", 1L), 0));
            assertThatThrownBy(() -> new ReconciliationTolerance(BigDecimal.ONE, Map.of("EUR", -1L), 0))
                    .isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Nested
    class The_percentage_of_the_posting {
        final ReconciliationTolerance onePercent = new ReconciliationTolerance(new BigDecimal("5"), Map.of(), 1);

        @Test
        void tolerates_more_than_the_absolute_part_on_a_large_posting_up_to_one_percent() {
            assertThat(onePercent.tolerates("JPY", 10_000, 1_000_000)).isTrue();
            assertThat(onePercent.tolerates("JPY", 10_001, 1_000_000)).isFalse();
        }
    }

    @Test
    void the_configured_default_is_5_major_units_and_1_percent() {
        ReconciliationTolerance defaults = ReconciliationProperties.defaults().tolerance();

        assertThat(defaults.absoluteMinor("EUR")).isEqualTo(500);
        assertThat(defaults.absoluteMinor("JPY")).isEqualTo(5);
        assertThat(defaults.absoluteMinor("KWD")).isEqualTo(5_000);
        assertThat(defaults.tolerates("EUR", 10_000, 1_000_000)).isTrue();
    }
}
