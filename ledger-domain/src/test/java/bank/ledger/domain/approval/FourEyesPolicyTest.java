package bank.ledger.domain.approval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import bank.ledger.domain.entry.api.Posting;
import bank.ledger.domain.entry.api.Side;
import bank.ledger.domain.refusal.LedgerRefusal;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class FourEyesPolicyTest {
    /** EUR listed at 1,000,000 cents (10,000.00); every other currency at the default of 10000 major units. */
    private final FourEyesPolicy policy = new FourEyesPolicy(Map.of("EUR", 1_000_000L), new BigDecimal("10000"));

    private static List<Posting> entry(String currency, long... debits) {
        long total = 0;
        List<Posting> lines = new java.util.ArrayList<>();
        for (int i = 0; i < debits.length; i++) {
            lines.add(new Posting("dr-" + i, Side.DEBIT, debits[i], currency));
            total += debits[i];
        }
        lines.add(new Posting("cr", Side.CREDIT, total, currency));
        return lines;
    }

    @Nested
    class A_posting {
        @Test
        void in_euros_one_cent_below_the_listed_threshold_runs() {
            assertThat(policy.reasonForPostings(entry("EUR", 999_999))).isEmpty();
        }

        @Test
        void in_euros_at_the_listed_threshold_needs_a_second_person() {
            assertThat(policy.reasonForPostings(entry("EUR", 1_000_000))).contains("largePosting");
        }

        @Test
        void in_dinars_uses_three_decimals_for_the_default() {
            assertThat(policy.thresholdMinor("KWD")).isEqualTo(10_000_000L);
            assertThat(policy.reasonForPostings(entry("KWD", 9_999_999))).isEmpty();
            assertThat(policy.reasonForPostings(entry("KWD", 10_000_000))).contains("largePosting");
        }

        @Test
        void in_yen_uses_no_decimals_for_the_default() {
            assertThat(policy.thresholdMinor("JPY")).isEqualTo(10_000L);
            assertThat(policy.reasonForPostings(entry("JPY", 9_999))).isEmpty();
            assertThat(policy.reasonForPostings(entry("JPY", 10_000))).contains("largePosting");
        }

        @Test
        void is_judged_on_its_total_so_splitting_it_into_small_lines_does_not_escape() {
            assertThat(policy.reasonForPostings(entry("EUR", 500_000, 500_000))).contains("largePosting");
            assertThat(policy.reasonForPostings(entry("EUR", 499_999, 500_000))).isEmpty();
        }

        @Test
        void in_two_currencies_is_judged_per_currency_not_on_a_sum_of_different_units() {
            List<Posting> lines = new java.util.ArrayList<>(entry("EUR", 999_999));
            lines.addAll(entry("JPY", 9_999));
            assertThat(policy.reasonForPostings(lines)).isEmpty();
            lines.addAll(entry("JPY", 1));
            assertThat(policy.reasonForPostings(lines)).contains("largePosting");
        }

        @Test
        void whose_total_overflows_a_long_is_above_any_threshold() {
            assertThat(policy.reasonForPostings(entry("EUR", Long.MAX_VALUE - 1, Long.MAX_VALUE - 1)))
                    .contains("largePosting");
        }
    }

    @Nested
    class The_default_threshold {
        @Test
        void with_more_decimals_than_the_currency_is_rounded_up_never_down() {
            FourEyesPolicy fractional = new FourEyesPolicy(Map.of(), new BigDecimal("1000.50"));
            assertThat(fractional.thresholdMinor("JPY")).isEqualTo(1001L);
            assertThat(fractional.thresholdMinor("EUR")).isEqualTo(100_050L);
            assertThat(fractional.thresholdMinor("KWD")).isEqualTo(1_000_500L);
        }

        @Test
        void beyond_what_a_long_holds_is_never_reached() {
            assertThat(new FourEyesPolicy(Map.of(), new BigDecimal("1e30")).thresholdMinor("EUR"))
                    .isEqualTo(Long.MAX_VALUE);
        }

        @Test
        void must_be_positive_and_listed_thresholds_must_name_currencies() {
            assertThatThrownBy(() -> new FourEyesPolicy(Map.of(), BigDecimal.ZERO))
                    .isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> new FourEyesPolicy(Map.of("EUR", 0L), BigDecimal.TEN))
                    .isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> new FourEyesPolicy(Map.of("EURO", 1L), BigDecimal.TEN))
                    .isInstanceOf(LedgerRefusal.class);
        }
    }

    @Test
    void every_reversal_and_every_closing_needs_a_second_person() {
        assertThat(policy.reasonForReversal()).contains("reversal");
        assertThat(policy.reasonForClosing()).contains("closeAccount");
    }
}
