package bank.ledger.query.accountstatement;

import static org.assertj.core.api.Assertions.assertThat;

import bank.ledger.query.api.DailyBalancesView.Day;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class DailyBalanceQueriesTest {
    @Test
    void each_day_closes_at_the_previous_close_plus_its_movements_on_the_normal_side() {
        List<Day> days = DailyBalanceQueries.closings("LIABILITY", 1_000, List.of(
                new Day(LocalDate.of(2026, 2, 1), 0, 500, 0),
                new Day(LocalDate.of(2026, 2, 2), 0, 0, 0),
                new Day(LocalDate.of(2026, 2, 3), 200, 0, 0)));

        assertThat(days).extracting(Day::closing).containsExactly(1_500L, 1_500L, 1_300L);
    }
}
