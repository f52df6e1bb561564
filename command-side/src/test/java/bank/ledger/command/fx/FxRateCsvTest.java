package bank.ledger.command.fx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import bank.ledger.domain.fx.api.FxRateQuote;
import bank.ledger.domain.refusal.LedgerRefusal;
import bank.ledger.domain.refusal.RefusalCode;
import java.time.LocalDate;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** A rate file is all or nothing: every bad line named by its number, none of the file imported. */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class FxRateCsvTest {
    @Nested
    class A_good_file {
        @Test
        void reads_every_rate_skipping_blank_lines_comments_and_a_byte_order_mark() {
            assertThat(FxRateCsv.parse("\uFEFFbase,quote,rate,effectiveDate\r\n# month end\r\n\r\n"
                    + "USD,KWD,0.3075,2026-11-30\r\nJPY,KWD,0.00205,2026-11-30\r\n"))
                    .containsExactly(new FxRateQuote("USD", "KWD", "0.3075", LocalDate.of(2026, 11, 30)),
                            new FxRateQuote("JPY", "KWD", "0.00205", LocalDate.of(2026, 11, 30)));
        }
    }

    @Nested
    class A_bad_file {
        @Test
        void names_every_bad_line_by_its_number_and_imports_none() {
            String file = "base,quote,rate,effectiveDate\nUSD,KWD,0.3075,2026-11-30\nUSD,KWD,-1,2026-11-29\n"
                    + "EUR,KWD,0.33\nUSD,KWD,0.3075,2026-11-30\nUSD,XXX,1,2026-11-30\nJPY,KWD,0.002,30.11.2026\n";
            LedgerRefusal refusal = refused(file);
            assertThat(refusal.code()).isEqualTo(RefusalCode.INVALID_RATE_FILE);
            assertThat(refusal.field()).isEqualTo("lines[3]");
            assertThat(refusal.detail()).contains("5 bad line(s)", "line 3:", "line 4:", "line 5:", "line 6:", "line 7:")
                    .doesNotContain("line 2:");
        }

        @Test
        void without_the_header_is_refused_at_line_1() {
            assertThat(refused("USD,KWD,0.3075,2026-11-30\n").field()).isEqualTo("lines[1]");
            assertThat(refused("").field()).isEqualTo("lines[1]");
        }

        @Test
        void with_control_characters_or_quotes_in_a_cell_is_refused_not_cleaned() {
            assertThat(refused("base,quote,rate,effectiveDate\nUSD,KWD,0.30\u000075,2026-11-30\n").field())
                    .isEqualTo("lines[2]");
            assertThat(refused("base,quote,rate,effectiveDate\n\"USD\",KWD,0.3,2026-11-30\n").field())
                    .isEqualTo("lines[2]");
        }

        @Test
        void reports_at_most_fifty_bad_lines() {
            StringBuilder file = new StringBuilder("base,quote,rate,effectiveDate\n");
            for (int i = 0; i < 500; i++) {
                file.append("USD,KWD,x,2026-11-30\n");
            }
            assertThat(refused(file.toString()).detail()).startsWith("50 bad line(s)");
        }
    }

    @Nested
    class Revaluation_entry_ids {
        @Test
        void derive_from_period_currency_and_account_and_stay_ids_for_long_accounts() {
            assertThat(FxRevaluation.entryId("2026-11", "KWD", "cash-usd", 0)).isEqualTo("fxr-2026-11-KWD-cash-usd");
            assertThat(FxRevaluation.entryId("2026-11", "KWD", "cash-usd", 2)).isEqualTo("fxr-2026-11-KWD-cash-usd-r2");
            String longId = FxRevaluation.entryId("2026-11", "KWD", "a".repeat(128), 0);
            assertThat(longId).hasSizeLessThanOrEqualTo(128).startsWith("fxr-2026-11-KWD-");
            assertThat(FxRevaluation.reversalId("a".repeat(128))).hasSizeLessThanOrEqualTo(128).endsWith("-rev");
        }

        @Test
        void refuse_a_period_that_is_not_a_month() {
            for (String bad : new String[] {null, "2026-13", "2026-1", "26-11", "2026-11-30", "2026/11"}) {
                assertThatThrownBy(() -> FxRevaluation.period(bad)).isInstanceOf(LedgerRefusal.class);
            }
        }
    }

    private static LedgerRefusal refused(String file) {
        try {
            FxRateCsv.parse(file);
        } catch (LedgerRefusal refusal) {
            return refusal;
        }
        throw new AssertionError("accepted " + file);
    }
}
