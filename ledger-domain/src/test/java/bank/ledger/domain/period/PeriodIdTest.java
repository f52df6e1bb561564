package bank.ledger.domain.period;

import static bank.ledger.domain.support.Refusals.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;

import bank.ledger.domain.refusal.RefusalCode;
import java.time.LocalDate;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class PeriodIdTest {
    @Nested
    class Reading_a_period_name {
        @Test
        void a_month_runs_from_its_first_to_its_last_calendar_day() {
            PeriodId february = PeriodId.parse("2024-02", "periodId");
            assertThat(february.kind()).isEqualTo(PeriodId.Kind.MONTH);
            assertThat(february.firstDay()).isEqualTo(LocalDate.of(2024, 2, 1));
            assertThat(february.lastDay()).isEqualTo(LocalDate.of(2024, 2, 29));
        }

        @Test
        void a_quarter_runs_over_its_three_months() {
            PeriodId q4 = PeriodId.parse("2026-Q4", "periodId");
            assertThat(q4.kind()).isEqualTo(PeriodId.Kind.QUARTER);
            assertThat(q4.firstDay()).isEqualTo(LocalDate.of(2026, 10, 1));
            assertThat(q4.lastDay()).isEqualTo(LocalDate.of(2026, 12, 31));
        }

        @Test
        void a_year_is_the_calendar_year() {
            PeriodId year = PeriodId.parse("2026", "periodId");
            assertThat(year.kind()).isEqualTo(PeriodId.Kind.YEAR);
            assertThat(year.firstDay()).isEqualTo(LocalDate.of(2026, 1, 1));
            assertThat(year.lastDay()).isEqualTo(LocalDate.of(2026, 12, 31));
        }

        @Test
        void contains_its_first_and_last_day_and_nothing_outside() {
            PeriodId november = PeriodId.parse("2026-11", "periodId");
            assertThat(november.contains(LocalDate.of(2026, 11, 1))).isTrue();
            assertThat(november.contains(LocalDate.of(2026, 11, 30))).isTrue();
            assertThat(november.contains(LocalDate.of(2026, 10, 31))).isFalse();
            assertThat(november.contains(LocalDate.of(2026, 12, 1))).isFalse();
        }

        @ParameterizedTest
        @ValueSource(strings = {"", "2026-13", "2026-00", "2026-Q5", "2026-Q0", "2026-q4", "26-11", "2026-1",
                "2026-11-01", "２０２６", "2026\u0000", "2026-11 ", "period/2026"})
        void anything_else_is_refused_invalidField(String text) {
            assertRefused(() -> PeriodId.parse(text, "periodId"), RefusalCode.INVALID_FIELD, "periodId");
        }

        @Test
        void a_huge_name_is_refused_before_the_pattern_reads_it() {
            assertRefused(() -> PeriodId.parse("2".repeat(1_000_000), "periodId"), RefusalCode.INVALID_FIELD,
                    "periodId");
        }

        @Test
        void a_missing_name_is_refused() {
            assertRefused(() -> PeriodId.parse(null, "periodId"), RefusalCode.INVALID_FIELD, "periodId");
        }

        @Test
        void a_year_before_the_ledger_s_calendar_is_refused_dateOutOfRange() {
            assertRefused(() -> PeriodId.parse("1899-12", "periodId"), RefusalCode.DATE_OUT_OF_RANGE, "periodId");
            assertThat(PeriodId.parse("1900-01", "periodId").firstDay()).isEqualTo(LocalDate.of(1900, 1, 1));
        }

        @Test
        void names_its_event_stream_with_a_slash_no_client_id_can_hold() {
            assertThat(PeriodId.aggregateId("2026-11")).isEqualTo("period/2026-11");
            assertThat(bank.ledger.domain.refusal.TextRules.isId("period/2026-11")).isFalse();
        }
    }
}
