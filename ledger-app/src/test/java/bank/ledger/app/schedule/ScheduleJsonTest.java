package bank.ledger.app.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import bank.ledger.domain.entry.api.PostingRequest;
import bank.ledger.domain.entry.api.Side;
import bank.ledger.domain.schedule.api.CalendarSpec;
import bank.ledger.domain.schedule.api.DayCount;
import bank.ledger.domain.schedule.api.Frequency;
import bank.ledger.domain.schedule.api.InterestTerms;
import bank.ledger.domain.schedule.api.Recurrence;
import bank.ledger.domain.schedule.api.RollConvention;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

/** The read model's definition column gives back what was written: the projection computes next runs from it. */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class ScheduleJsonTest {

    @Test
    void a_kuwaiti_interest_definition_reads_back_equal() {
        ScheduleJson.Definition definition = new ScheduleJson.Definition(
                Recurrence.monthEnd(LocalDate.of(2026, 1, 1), RollConvention.MODIFIED_FOLLOWING),
                new CalendarSpec(List.of(DayOfWeek.FRIDAY, DayOfWeek.SATURDAY), List.of(LocalDate.of(2026, 2, 25))),
                List.of(), new InterestTerms("dep-1", "0.05", DayCount.THIRTY_E_360, "int-exp", "int-pay"));

        assertThat(ScheduleJson.read(ScheduleJson.write(definition))).isEqualTo(definition);
    }

    @Test
    void a_standing_order_with_absent_defaults_reads_back_with_them() {
        ScheduleJson.Definition definition = new ScheduleJson.Definition(
                new Recurrence(Frequency.WEEKLY, null, LocalDate.of(2026, 1, 1), null, null, null, null),
                CalendarSpec.weekdays(), List.of(new PostingRequest("a", Side.DEBIT, "1.00", null),
                new PostingRequest("b", Side.CREDIT, "1.00", null)), null);

        ScheduleJson.Definition read = ScheduleJson.read(ScheduleJson.write(definition));

        assertThat(read).isEqualTo(definition);
        assertThat(read.recurrence().interval()).isEqualTo(1);
        assertThat(read.recurrence().roll()).isEqualTo(RollConvention.NONE);
    }
}
