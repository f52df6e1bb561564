package bank.ledger.domain.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import bank.ledger.domain.refusal.LedgerRefusal;
import bank.ledger.domain.schedule.api.CalendarSpec;
import bank.ledger.domain.schedule.api.RollConvention;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Rolls land on business days, on the promised side, in the promised month, and leave business days alone. */
class BusinessDayRollPropertiesTest {
    static final LocalDate BASE = LocalDate.of(2026, 1, 1);
    static final CalendarSpec KUWAIT = new CalendarSpec(List.of(DayOfWeek.FRIDAY, DayOfWeek.SATURDAY),
            List.of(LocalDate.of(2026, 2, 25), LocalDate.of(2026, 2, 26)));

    @Provide
    Arbitrary<LocalDate> dates() {
        return Arbitraries.integers().between(0, 3 * 366).map(BASE::plusDays);
    }

    /** Any weekend of up to three days and up to 60 holidays in the same three years. */
    @Provide
    Arbitrary<CalendarSpec> calendars() {
        Arbitrary<List<DayOfWeek>> weekends = Arbitraries.of(DayOfWeek.class).set().ofMaxSize(3).map(List::copyOf);
        Arbitrary<List<LocalDate>> holidays = dates().list().ofMaxSize(60);
        return Combinators.combine(weekends, holidays).as(CalendarSpec::new);
    }

    @Property(tries = 2000)
    void every_roll_but_none_lands_on_a_business_day(@ForAll("calendars") CalendarSpec spec,
                                                     @ForAll("dates") LocalDate date, @ForAll RollConvention roll) {
        BusinessCalendar calendar = new BusinessCalendar(spec);
        LocalDate rolled = calendar.roll(date, roll);

        assertThat(roll == RollConvention.NONE ? rolled.equals(date) : calendar.isBusinessDay(rolled)).isTrue();
    }

    @Property(tries = 2000)
    void following_never_goes_back_and_preceding_never_forward(@ForAll("calendars") CalendarSpec spec,
                                                                @ForAll("dates") LocalDate date) {
        BusinessCalendar calendar = new BusinessCalendar(spec);

        assertThat(calendar.roll(date, RollConvention.FOLLOWING)).isAfterOrEqualTo(date);
        assertThat(calendar.roll(date, RollConvention.PRECEDING)).isBeforeOrEqualTo(date);
    }

    @Property(tries = 2000)
    void the_modified_rolls_stay_in_the_month_when_the_month_has_a_business_day_on_that_side(
            @ForAll("calendars") CalendarSpec spec, @ForAll("dates") LocalDate date) {
        BusinessCalendar calendar = new BusinessCalendar(spec);
        LocalDate modifiedFollowing = calendar.roll(date, RollConvention.MODIFIED_FOLLOWING);
        LocalDate modifiedPreceding = calendar.roll(date, RollConvention.MODIFIED_PRECEDING);

        if (calendar.preceding(date).getMonth() == date.getMonth() || calendar.following(date).getMonth() == date.getMonth()) {
            assertThat(modifiedFollowing.getMonth()).isEqualTo(date.getMonth());
            assertThat(modifiedPreceding.getMonth()).isEqualTo(date.getMonth());
        }
    }

    @Property(tries = 2000)
    void a_business_day_is_never_moved_and_rolling_twice_is_rolling_once(
            @ForAll("calendars") CalendarSpec spec, @ForAll("dates") LocalDate date, @ForAll RollConvention roll) {
        BusinessCalendar calendar = new BusinessCalendar(spec);
        LocalDate once = calendar.roll(date, roll);

        assertThat(calendar.roll(once, roll)).isEqualTo(once);
        if (calendar.isBusinessDay(date)) {
            assertThat(once).isEqualTo(date);
        }
    }

    @Property(tries = 2000)
    void rolls_keep_the_order_of_dates(@ForAll("calendars") CalendarSpec spec, @ForAll("dates") LocalDate a,
                                       @ForAll("dates") LocalDate b, @ForAll RollConvention roll) {
        BusinessCalendar calendar = new BusinessCalendar(spec);
        LocalDate early = a.isBefore(b) ? a : b;
        LocalDate late = a.isBefore(b) ? b : a;

        assertThat(calendar.roll(early, roll)).isBeforeOrEqualTo(calendar.roll(late, roll));
    }

    @Example
    void in_kuwait_friday_and_saturday_are_the_weekend() {
        BusinessCalendar kuwait = new BusinessCalendar(KUWAIT);
        LocalDate friday = LocalDate.of(2026, 1, 2);

        assertThat(kuwait.isBusinessDay(LocalDate.of(2026, 1, 4))).as("a Sunday works").isTrue();
        assertThat(kuwait.roll(friday, RollConvention.FOLLOWING)).isEqualTo(LocalDate.of(2026, 1, 4));
        assertThat(kuwait.roll(friday, RollConvention.PRECEDING)).isEqualTo(LocalDate.of(2026, 1, 1));
    }

    @Example
    void modified_following_goes_back_at_the_month_s_end() {
        BusinessCalendar kuwait = new BusinessCalendar(KUWAIT);
        // 2026-01-30 is a Friday, the 31st a Saturday: following would be Sunday 1 February
        assertThat(kuwait.roll(LocalDate.of(2026, 1, 30), RollConvention.MODIFIED_FOLLOWING)).isEqualTo(LocalDate.of(2026, 1, 29));
        // national holidays on 25-26 February 2026 (Wednesday, Thursday), then the weekend
        assertThat(kuwait.roll(LocalDate.of(2026, 2, 25), RollConvention.FOLLOWING)).isEqualTo(LocalDate.of(2026, 3, 1));
        assertThat(kuwait.roll(LocalDate.of(2026, 2, 25), RollConvention.MODIFIED_FOLLOWING)).isEqualTo(LocalDate.of(2026, 2, 24));
    }

    @Example
    void a_calendar_of_seven_weekend_days_is_refused() {
        assertThatThrownBy(() -> new BusinessCalendar(new CalendarSpec(List.copyOf(EnumSet.allOf(DayOfWeek.class)), null)))
                .isInstanceOf(LedgerRefusal.class).hasMessageContaining("working weekday");
    }
}
