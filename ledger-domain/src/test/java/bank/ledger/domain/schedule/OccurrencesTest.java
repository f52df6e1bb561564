package bank.ledger.domain.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import bank.ledger.domain.refusal.LedgerRefusal;
import bank.ledger.domain.refusal.RefusalCode;
import bank.ledger.domain.schedule.api.CalendarSpec;
import bank.ledger.domain.schedule.api.Frequency;
import bank.ledger.domain.schedule.api.Recurrence;
import bank.ledger.domain.schedule.api.RollConvention;
import bank.ledger.domain.schedule.api.ScheduleKind;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class OccurrencesTest {
    static final CalendarSpec KUWAIT = new CalendarSpec(List.of(DayOfWeek.FRIDAY, DayOfWeek.SATURDAY), null);

    static Occurrences of(ScheduleKind kind, Recurrence rule) {
        return new Occurrences(kind, rule, KUWAIT);
    }

    @Nested
    class Monthly {
        @Test
        void on_the_31st_is_clipped_to_short_months_and_named_by_its_nominal_date() {
            Occurrences rent = of(ScheduleKind.STANDING_ORDER, new Recurrence(Frequency.MONTHLY, 1,
                    LocalDate.of(2026, 1, 15), null, 31, false, RollConvention.NONE));

            assertThat(rent.nominal(0)).contains(LocalDate.of(2026, 1, 31));
            assertThat(rent.nominal(1)).contains(LocalDate.of(2026, 2, 28));
            assertThat(rent.nominal(3)).contains(LocalDate.of(2026, 4, 30));
            assertThat(Occurrences.periodKey(rent.nominal(1).orElseThrow())).isEqualTo("2026-02-28");
        }

        @Test
        void a_month_end_on_a_kuwaiti_weekend_posts_on_the_thursday_before_with_modified_following() {
            Occurrences fee = of(ScheduleKind.PERIODIC_FEE,
                    Recurrence.monthEnd(LocalDate.of(2026, 1, 1), RollConvention.MODIFIED_FOLLOWING));

            assertThat(fee.nominal(0)).contains(LocalDate.of(2026, 1, 31)); // a Saturday
            assertThat(fee.postingDate(0)).contains(LocalDate.of(2026, 1, 29));
            assertThat(fee.dueOn(0)).contains(LocalDate.of(2026, 1, 29));
        }

        @Test
        void interest_is_due_the_day_after_its_month_and_accrues_from_the_start_date() {
            Occurrences interest = of(ScheduleKind.INTEREST_ACCRUAL,
                    Recurrence.monthEnd(LocalDate.of(2026, 1, 10), RollConvention.NONE));

            assertThat(interest.dueOn(0)).contains(LocalDate.of(2026, 2, 1));
            assertThat(interest.accrualStart(0)).isEqualTo(LocalDate.of(2026, 1, 10));
            assertThat(interest.accrualStart(1)).isEqualTo(LocalDate.of(2026, 2, 1));
        }
    }

    @Nested
    class Ends {
        @Test
        void there_is_no_occurrence_after_the_end_date() {
            Occurrences weekly = of(ScheduleKind.STANDING_ORDER, new Recurrence(Frequency.WEEKLY, 2,
                    LocalDate.of(2026, 1, 1), LocalDate.of(2026, 1, 29), null, false, RollConvention.FOLLOWING));

            assertThat(weekly.nominal(2)).contains(LocalDate.of(2026, 1, 29));
            assertThat(weekly.nominal(3)).isEmpty();
            assertThat(weekly.nominal(Long.MAX_VALUE)).isEmpty();
        }
    }

    @Nested
    class Refusals {
        @Test
        void interest_posted_other_than_at_each_month_s_end_is_an_invalid_recurrence() {
            assertThatThrownBy(() -> of(ScheduleKind.INTEREST_ACCRUAL, new Recurrence(Frequency.DAILY, 1,
                    LocalDate.of(2026, 1, 1), null, null, false, null)))
                    .isInstanceOfSatisfying(LedgerRefusal.class, r -> assertThat(r.code()).isEqualTo(RefusalCode.INVALID_RECURRENCE));
        }

        @Test
        void a_zero_interval_an_end_before_the_start_and_a_day_32_are_invalid_recurrences() {
            LocalDate start = LocalDate.of(2026, 1, 1);
            for (Recurrence bad : new Recurrence[] {
                    new Recurrence(Frequency.DAILY, 0, start, null, null, false, null),
                    new Recurrence(Frequency.DAILY, 1, start, start.minusDays(1), null, false, null),
                    new Recurrence(Frequency.MONTHLY, 1, start, null, 32, false, null),
                    new Recurrence(Frequency.WEEKLY, 1, start, null, 3, false, null),
                    new Recurrence(null, 1, start, null, null, false, null)}) {
                assertThatThrownBy(() -> of(ScheduleKind.STANDING_ORDER, bad)).isInstanceOfSatisfying(LedgerRefusal.class,
                        r -> assertThat(r.code()).isEqualTo(RefusalCode.INVALID_RECURRENCE));
            }
        }
    }
}
