package bank.ledger.domain.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import bank.ledger.domain.schedule.api.DayCount;
import java.time.LocalDate;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/** Year fractions are exact rationals that add up over consecutive periods, in every convention. */
class DayCountPropertiesTest {

    @Provide
    Arbitrary<LocalDate> dates() {
        return Arbitraries.longs().between(LocalDate.of(1950, 1, 1).toEpochDay(), LocalDate.of(2150, 12, 31).toEpochDay())
                .map(LocalDate::ofEpochDay);
    }

    static Fraction yearFraction(DayCount dayCount, LocalDate from, LocalDate to) {
        return Fraction.of(dayCount.days(from, to), dayCount.basis());
    }

    @Property(tries = 1000)
    void the_fractions_of_two_consecutive_periods_add_up_to_the_fraction_of_the_whole(
            @ForAll DayCount dayCount, @ForAll("dates") LocalDate a, @ForAll @IntRange(max = 800) int days1,
            @ForAll @IntRange(max = 800) int days2) {
        LocalDate b = a.plusDays(days1);
        LocalDate c = b.plusDays(days2);

        assertThat(yearFraction(dayCount, a, b).plus(yearFraction(dayCount, b, c)))
                .isEqualTo(yearFraction(dayCount, a, c));
    }

    @Property(tries = 1000)
    void the_daily_fractions_of_a_period_sum_to_the_period_s_fraction(
            @ForAll DayCount dayCount, @ForAll("dates") LocalDate start, @ForAll @IntRange(max = 400) int length) {
        Fraction sum = Fraction.ZERO;
        for (LocalDate day = start; day.isBefore(start.plusDays(length)); day = day.plusDays(1)) {
            sum = sum.plus(yearFraction(dayCount, day, day.plusDays(1)));
        }

        assertThat(sum).isEqualTo(yearFraction(dayCount, start, start.plusDays(length)));
    }

    @Property(tries = 500)
    void reversing_a_period_negates_its_fraction(@ForAll DayCount dayCount, @ForAll("dates") LocalDate a,
                                                 @ForAll("dates") LocalDate b) {
        assertThat(dayCount.days(a, b)).isEqualTo(-dayCount.days(b, a));
    }

    @Property(tries = 500)
    void a_calendar_year_from_a_day_up_to_the_28th_is_one_year_in_30E_360(
            @ForAll("dates") LocalDate date) {
        LocalDate from = date.withDayOfMonth(Math.min(date.getDayOfMonth(), 28));

        assertThat(yearFraction(DayCount.THIRTY_E_360, from, from.plusYears(1))).isEqualTo(Fraction.of(1, 1));
    }

    @Property(tries = 500)
    void actual_365_fixed_counts_365_actual_days_as_one_year(@ForAll("dates") LocalDate date) {
        assertThat(yearFraction(DayCount.ACT_365_FIXED, date, date.plusDays(365))).isEqualTo(Fraction.of(1, 1));
        assertThat(yearFraction(DayCount.ACT_360, date, date.plusDays(360))).isEqualTo(Fraction.of(1, 1));
    }

    @Property(tries = 500)
    void from_one_first_of_the_month_to_the_next_is_30_days_in_30E_360(@ForAll("dates") LocalDate date) {
        LocalDate start = date.withDayOfMonth(1);
        long days = DayCount.THIRTY_E_360.days(start, start.plusMonths(1));

        assertThat(days).isEqualTo(30);
    }

    @Example
    void european_30_360_treats_the_31st_as_the_30th_and_leaves_february_s_end_alone() {
        assertThat(DayCount.THIRTY_E_360.days(LocalDate.of(2026, 1, 30), LocalDate.of(2026, 1, 31))).isZero();
        assertThat(DayCount.THIRTY_E_360.days(LocalDate.of(2026, 1, 31), LocalDate.of(2026, 2, 1))).isEqualTo(1);
        assertThat(DayCount.THIRTY_E_360.days(LocalDate.of(2026, 1, 31), LocalDate.of(2026, 2, 28))).isEqualTo(28);
        assertThat(DayCount.THIRTY_E_360.days(LocalDate.of(2026, 2, 28), LocalDate.of(2026, 3, 31))).isEqualTo(32);
        assertThat(DayCount.ACT_360.days(LocalDate.of(2028, 2, 1), LocalDate.of(2028, 3, 1))).isEqualTo(29);
    }
}
