package bank.ledger.domain.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import bank.ledger.domain.schedule.InterestAccrual.Accrued;
import bank.ledger.domain.schedule.InterestAccrual.DayBalance;
import bank.ledger.domain.schedule.api.DayCount;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;

/** Interest accrues exactly and is rounded once per posting; the carry makes a year of months sum to the year. */
class InterestAccrualPropertiesTest {

    @Provide
    Arbitrary<BigDecimal> rates() {
        return Arbitraries.integers().between(-500, 5000).map(bp -> BigDecimal.valueOf(bp, 4)); // -5 % .. 50 %
    }

    static List<DayBalance> days(LocalDate from, LocalDate toInclusive, long balance, long dailyChange) {
        List<DayBalance> days = new ArrayList<>();
        long current = balance;
        for (LocalDate day = from; !day.isAfter(toInclusive); day = day.plusDays(1)) {
            days.add(new DayBalance(day, current));
            current += dailyChange;
        }
        return days;
    }

    @Property(tries = 300)
    void twelve_monthly_postings_with_carry_sum_to_the_year_s_exact_interest_rounded_once(
            @ForAll DayCount dayCount, @ForAll("rates") BigDecimal rate,
            @ForAll @LongRange(min = -1_000_000_000L, max = 1_000_000_000L) long balance,
            @ForAll @LongRange(min = -100_000L, max = 100_000L) long dailyChange,
            @ForAll @IntRange(min = 2020, max = 2030) int year) {
        List<DayBalance> yearDays = days(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31), balance, dailyChange);
        Fraction carry = Fraction.ZERO;
        long posted = 0;
        for (int month = 1; month <= 12; month++) {
            YearMonth ym = YearMonth.of(year, month);
            List<DayBalance> monthDays = yearDays.stream().filter(d -> YearMonth.from(d.date()).equals(ym)).toList();
            Accrued accrued = InterestAccrual.accrue(monthDays, rate, dayCount, carry);
            posted += accrued.amount();
            carry = accrued.carry();
        }

        Fraction yearExact = InterestAccrual.accrue(yearDays, rate, dayCount, Fraction.ZERO).exact();
        // nothing made or lost: what was posted plus what is carried is the year's exact interest
        assertThat(Fraction.of(posted, 1).plus(carry)).isEqualTo(yearExact);
        Fraction off = yearExact.minus(Fraction.of(posted, 1));
        if (off.numerator().abs().multiply(BigInteger.TWO).equals(off.denominator())) {
            // an exact tie (x.5): the last month's half-even rule decides the side, either neighbour is fair
            return;
        }
        assertThat(BigInteger.valueOf(posted)).as("the year's exact interest rounded once")
                .isEqualTo(yearExact.roundHalfEven());
    }

    @Property(tries = 500)
    void the_carry_is_never_more_than_half_a_minor_unit(
            @ForAll DayCount dayCount, @ForAll("rates") BigDecimal rate,
            @ForAll @LongRange(min = -1_000_000_000L, max = 1_000_000_000L) long balance) {
        Accrued accrued = InterestAccrual.accrue(days(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 31), balance, 0),
                rate, dayCount, Fraction.ZERO);

        assertThat(accrued.carry().numerator().abs().multiply(BigInteger.TWO))
                .isLessThanOrEqualTo(accrued.carry().denominator());
        assertThat(accrued.exact()).isEqualTo(accrued.carry().plus(Fraction.of(accrued.amount(), 1)));
    }

    @Example
    void a_year_whose_exact_interest_is_a_tie_posts_a_neighbour_and_carries_the_half() {
        // jqwik's counterexample to "rounded once" at a tie: 43,848 x 0.5 x 365 / 360 = 22,228.5
        List<DayBalance> year = days(LocalDate.of(2021, 1, 1), LocalDate.of(2021, 12, 31), 43_848, 0);
        Fraction carry = Fraction.ZERO;
        long posted = 0;
        for (int month = 1; month <= 12; month++) {
            YearMonth ym = YearMonth.of(2021, month);
            Accrued accrued = InterestAccrual.accrue(year.stream().filter(d -> YearMonth.from(d.date()).equals(ym))
                    .toList(), new BigDecimal("0.5"), DayCount.ACT_360, carry);
            posted += accrued.amount();
            carry = accrued.carry();
        }

        assertThat(posted).isIn(22_228L, 22_229L);
        assertThat(Fraction.of(posted, 1).plus(carry)).isEqualTo(Fraction.of(44_457, 2));
    }

    @Example
    void a_kwd_balance_of_1000_at_5_percent_actual_365_for_january() {
        // 1,000.000 KWD = 1,000,000 fils; 31 days x 1,000,000 x 0.05 / 365 = 4,246.575... fils
        Accrued january = InterestAccrual.accrue(days(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 1, 31), 1_000_000, 0),
                new BigDecimal("0.05"), DayCount.ACT_365_FIXED, Fraction.ZERO);

        assertThat(january.amount()).isEqualTo(4247);
        assertThat(january.carry()).isEqualTo(Fraction.of(-155, 365));
    }

    @Example
    void a_half_minor_unit_rounds_to_the_even_neighbour() {
        assertThat(Fraction.of(5, 2).roundHalfEven()).isEqualTo(BigInteger.TWO);
        assertThat(Fraction.of(7, 2).roundHalfEven()).isEqualTo(BigInteger.valueOf(4));
        assertThat(Fraction.of(-5, 2).roundHalfEven()).isEqualTo(BigInteger.valueOf(-2));
        assertThat(Fraction.parse(Fraction.of(-155, 365).toString())).isEqualTo(Fraction.of(-31, 73));
    }
}
