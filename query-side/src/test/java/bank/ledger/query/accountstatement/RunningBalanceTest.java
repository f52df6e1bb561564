package bank.ledger.query.accountstatement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import bank.ledger.query.api.AccountStatementView.Line;
import bank.ledger.query.api.LineKey;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class RunningBalanceTest {
    private static Line line(long debit, long credit) {
        return new Line(new LineKey(LocalDate.of(2026, 3, 1), 1), "je", LocalDate.of(2026, 3, 1), Instant.EPOCH, null,
                debit, credit, 0, null, null, null);
    }

    @Nested
    class Apply {
        @Test
        void debits_raise_an_asset_and_credits_lower_it_from_the_opening_balance() {
            List<Line> lines = RunningBalance.apply("ASSET", 10_000, List.of(line(3_000, 0), line(0, 1_250)));

            assertThat(lines).extracting(Line::runningBalance).containsExactly(13_000L, 11_750L);
        }

        @Test
        void credits_raise_a_liability() {
            List<Line> lines = RunningBalance.apply("LIABILITY", 0, List.of(line(0, 8_000), line(2_000, 0)));

            assertThat(lines).extracting(Line::runningBalance).containsExactly(8_000L, 6_000L);
        }

        @Test
        void expenses_are_debit_normal_and_income_and_equity_credit_normal() {
            assertThat(RunningBalance.sign("EXPENSE")).isEqualTo(1);
            assertThat(RunningBalance.sign("INCOME")).isEqualTo(-1);
            assertThat(RunningBalance.sign("EQUITY")).isEqualTo(-1);
        }

        @Test
        void a_balance_beyond_a_long_is_an_error_not_a_wrap() {
            assertThatThrownBy(() -> RunningBalance.apply("ASSET", Long.MAX_VALUE, List.of(line(1, 0))))
                    .isInstanceOf(ArithmeticException.class);
        }
    }
}
