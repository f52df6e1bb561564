package bank.ledger.domain.refusal;

import static bank.ledger.domain.support.Refusals.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

/** Client dates lie in the ledger's calendar, 1900-01-01 to 9999-12-30 inclusive. */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class LedgerCalendarTest {
    @Test
    void the_first_and_last_days_are_accepted() {
        assertThat(LedgerCalendar.requireInCalendar(LocalDate.of(1900, 1, 1), "date")).isEqualTo(LocalDate.of(1900, 1, 1));
        assertThat(LedgerCalendar.requireInCalendar(LocalDate.of(9999, 12, 30), "date")).isEqualTo(LedgerCalendar.LAST_DATE);
    }

    @Test
    void the_days_just_outside_are_dateOutOfRange() {
        assertRefused(() -> LedgerCalendar.requireInCalendar(LocalDate.of(1899, 12, 31), "effectiveDate"),
                RefusalCode.DATE_OUT_OF_RANGE, "effectiveDate");
        assertRefused(() -> LedgerCalendar.requireInCalendar(LocalDate.of(9999, 12, 31), "effectiveDate"),
                RefusalCode.DATE_OUT_OF_RANGE, "effectiveDate");
    }

    @Test
    void year_zero_and_five_digit_years_are_dateOutOfRange() {
        assertRefused(() -> LedgerCalendar.requireInCalendar(LocalDate.parse("0000-01-01"), "from"),
                RefusalCode.DATE_OUT_OF_RANGE, "from");
        assertRefused(() -> LedgerCalendar.requireInCalendar(LocalDate.parse("+10000-01-01"), "to"),
                RefusalCode.DATE_OUT_OF_RANGE, "to");
    }

    @Test
    void no_date_passes_for_the_caller_to_default() {
        assertThat(LedgerCalendar.requireInCalendar(null, "effectiveDate")).isNull();
    }
}
