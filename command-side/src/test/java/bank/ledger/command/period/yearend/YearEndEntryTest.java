package bank.ledger.command.period.yearend;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import bank.ledger.domain.entry.api.PostingRequest;
import bank.ledger.domain.entry.api.Side;
import bank.ledger.domain.refusal.LedgerRefusal;
import bank.ledger.domain.refusal.RefusalCode;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The closing entry zeroes every income and expense account of the year and puts the net into retained earnings. */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class YearEndEntryTest {
    static YearEndEntry.Balance income(String id, long creditMinor) {
        return new YearEndEntry.Balance(id, "INCOME", -creditMinor);
    }

    static YearEndEntry.Balance expense(String id, long debitMinor) {
        return new YearEndEntry.Balance(id, "EXPENSE", debitMinor);
    }

    @Nested
    class A_profitable_year {
        @Test
        void debits_income_credits_expense_and_credits_the_profit_to_retained_earnings() {
            List<YearEndEntry.Balance> year = List.of(income("sales", 100_000), expense("rent", 30_000),
                    income("fees", 5_000));

            assertThat(YearEndEntry.netIncomeMinor(year)).isEqualTo(75_000);
            assertThat(YearEndEntry.postings(year, "re", "EUR")).containsExactly(
                    new PostingRequest("sales", Side.DEBIT, "1000.00", "EUR"),
                    new PostingRequest("rent", Side.CREDIT, "300.00", "EUR"),
                    new PostingRequest("fees", Side.DEBIT, "50.00", "EUR"),
                    new PostingRequest("re", Side.CREDIT, "750.00", "EUR"));
        }
    }

    @Nested
    class A_loss_making_year {
        @Test
        void debits_the_loss_to_retained_earnings() {
            List<YearEndEntry.Balance> year = List.of(income("sales", 10_000), expense("rent", 30_000));

            assertThat(YearEndEntry.netIncomeMinor(year)).isEqualTo(-20_000);
            assertThat(YearEndEntry.postings(year, "re", "EUR")).last()
                    .isEqualTo(new PostingRequest("re", Side.DEBIT, "200.00", "EUR"));
        }

        @Test
        void an_income_account_with_a_debit_balance_is_credited_to_zero() {
            assertThat(YearEndEntry.postings(List.of(income("returns", -4_000)), "re", "EUR")).containsExactly(
                    new PostingRequest("returns", Side.CREDIT, "40.00", "EUR"),
                    new PostingRequest("re", Side.DEBIT, "40.00", "EUR"));
        }
    }

    @Nested
    class A_year_that_broke_even {
        @Test
        void posts_nothing_to_retained_earnings_and_nothing_for_a_zero_account() {
            List<YearEndEntry.Balance> year = List.of(income("sales", 30_000), expense("rent", 30_000),
                    expense("idle", 0));

            assertThat(YearEndEntry.netIncomeMinor(year)).isZero();
            assertThat(YearEndEntry.postings(year, "re", "EUR")).extracting(PostingRequest::accountId)
                    .containsExactly("sales", "rent");
        }
    }

    @Nested
    class The_entry_ids {
        @Test
        void derive_from_year_currency_and_generation_so_a_rerun_posts_nothing_twice() {
            assertThat(YearEndEntry.entryId(2026, "EUR", 0)).isEqualTo("yec-2026-EUR");
            assertThat(YearEndEntry.entryId(2026, "EUR", 2)).isEqualTo("yec-2026-EUR-r2");
            assertThat(YearEndEntry.reversalId("yec-2026-EUR-r2")).isEqualTo("yec-2026-EUR-r2-rev");
            assertThat(YearEndEntry.idsUpTo(2026, "KWD", 1)).containsExactly("yec-2026-KWD", "yec-2026-KWD-rev",
                    "yec-2026-KWD-r1", "yec-2026-KWD-r1-rev");
        }
    }

    @Nested
    class The_year {
        @Test
        void is_a_calendar_year_and_nothing_else() {
            assertThat(YearEndClosing.year("2026").lastDay()).isEqualTo(LocalDate.of(2026, 12, 31));
            assertThat(refusal("2026-12").code()).isEqualTo(RefusalCode.INVALID_FIELD);
            assertThat(refusal("2026-Q4").field()).isEqualTo("year");
            assertThat(refusal("26").code()).isEqualTo(RefusalCode.INVALID_FIELD);
            assertThat(refusal("1899").code()).isEqualTo(RefusalCode.DATE_OUT_OF_RANGE);
        }

        LedgerRefusal refusal(String year) {
            return (LedgerRefusal) org.assertj.core.api.Assertions.catchThrowable(() -> YearEndClosing.year(year));
        }
    }

    @Test
    void a_net_beyond_the_range_of_amounts_is_an_overflow_not_a_wrong_figure() {
        assertThatThrownBy(() -> YearEndEntry.netIncomeMinor(List.of(expense("a", Long.MAX_VALUE), expense("b", 1))))
                .isInstanceOfSatisfying(LedgerRefusal.class,
                        r -> assertThat(r.code()).isEqualTo(RefusalCode.AMOUNT_OVERFLOW));
    }
}
