package bank.ledger.connectors.cli;

import static org.assertj.core.api.Assertions.assertThat;

import bank.ledger.connectors.formats.model.Fixtures;
import bank.ledger.connectors.formats.model.ParsedFile;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LedgerCliTest {
    private static final String CSV = """
            Booking Date;Value Date;Amount;Currency;Account;Description
            2024-01-02;2024-01-02;1.250,00;EUR;DE89370400440532013000;Invoice 7
            2024-01-03;2024-01-03;minus ten;EUR;DE89370400440532013000;Fee
            2024-01-04;2024-01-04;-19,99;EUR;DE89370400440532013000;Phone
            """;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    @TempDir
    Path dir;

    private int run(String... args) {
        return LedgerCli.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    private String file(String name, String content) throws IOException {
        return Files.writeString(dir.resolve(name), content).toString();
    }

    @Nested
    class Help {
        @Test
        void parse_help_prints_the_usage_on_stdout_and_exits_zero() {
            assertThat(run("statements", "parse", "--help")).isZero();
            assertThat(out()).contains("usage: ledger statements parse", "--format json|table", "Exit codes", "ing-nl");
            assertThat(err()).isEmpty();
        }

        @Test
        void the_short_help_flag_does_the_same() {
            assertThat(run("statements", "parse", "-h")).isZero();
            assertThat(out()).contains("usage: ledger statements parse");
        }
    }

    @Nested
    class Json {
        @Test
        void prints_one_json_object_per_file_and_line() {
            int code = run("statements", "parse", Fixtures.path("mt/mt940_fin_quirks.sta").toString(),
                    Fixtures.path("camt/camt052.001.08_intraday.xml").toString());
            assertThat(code).isZero();
            String[] lines = out().split("\n");
            assertThat(lines).hasSize(2);
            ParsedFile first = StatementJsonReader.read(lines[0]);
            assertThat(first.format()).isEqualTo("MT940");
            assertThat(lines[0]).contains("\"amount\":\"250.50\"", "\"creditDebit\":\"CRDT\"", "\"reversal\":true",
                    "\"openingBalance\":{\"amount\":\"1000.00\",\"creditDebit\":\"CRDT\",\"date\":\"2023-12-28\"}");
            assertThat(lines[1]).contains("\"format\":\"camt.052.001.08\"", "Supplier <UK> Ltd");
        }

        @Test
        void pretty_indents_each_object() {
            assertThat(run("statements", "parse", "--pretty", Fixtures.path("mt/mt940_fin_quirks.sta").toString())).isZero();
            assertThat(out()).startsWith("{\n").contains("\n  \"statements\" : [");
        }

        @Test
        void a_csv_of_a_known_layout_is_read_without_a_profile_and_its_warnings_are_in_the_json() throws IOException {
            assertThat(run("statements", "parse", file("export.csv", CSV))).isZero();
            assertThat(out()).contains("\"format\":\"csv:generic\"", "\"amount\":\"1250.00\"", "\"code\":\"unreadableRow\",\"line\":3");
        }

        @Test
        void a_named_profile_is_used_for_csv() {
            assertThat(run("statements", "parse", "--profile", "debit-credit", Fixtures.path("csv/debit-credit.csv").toString()))
                    .isZero();
            assertThat(out()).contains("\"format\":\"csv:debit-credit\"", "\"amount\":\"2500.00\"");
        }
    }

    @Nested
    class Summary {
        @Test
        void in_json_mode_each_file_gets_a_summary_line_on_stderr_with_warnings_by_code() throws IOException {
            String csv = file("export.csv", CSV);
            assertThat(run("statements", "parse", csv)).isZero();
            assertThat(err()).contains(csv + ": 1 statement, 2 entries, 1 warning (unreadableRow 1), 0 issues");
        }

        @Test
        void validation_issues_are_counted_by_code_and_printed() {
            assertThat(run("statements", "parse", Fixtures.path("mt/mismatch.sta").toString())).isZero();
            assertThat(out()).contains("\"code\":\"BALANCE_MISMATCH\"");
            assertThat(err()).contains("(BALANCE_MISMATCH 1)", "ERROR BALANCE_MISMATCH");
        }

        @Test
        void a_refused_file_is_summarised_as_refused_with_its_reason() throws IOException {
            String junk = file("junk.txt", "hello\nworld\n");
            run("statements", "parse", junk);
            assertThat(err()).contains(junk + ": refused, noStatementFound: neither camt XML");
        }
    }

    @Nested
    class Table {
        @Test
        void prints_one_line_per_statement_with_account_currency_period_entries_balances_and_warnings()
                throws IOException {
            String csv = file("export.csv", CSV);
            assertThat(run("statements", "parse", "--format", "table", csv)).isZero();
            String[] lines = out().split("\n");
            assertThat(lines[0]).isEqualTo("== " + csv + " (csv:generic)");
            assertThat(lines[1]).startsWith("ACCOUNT").contains("CCY", "PERIOD", "ENTRIES", "OPENING", "CLOSING", "WARNINGS");
            assertThat(lines[2]).matches("DE89370400440532013000 +EUR +2024-01-02\\.\\.2024-01-04 +2 +- +- +0");
            assertThat(lines[3]).isEqualTo(csv + ": 1 statement, 2 entries, 1 warning (unreadableRow 1), 0 issues");
            assertThat(err()).doesNotContain("1 statement");
        }

        @Test
        void with_entries_each_entry_follows_its_statement_with_line_date_and_signed_amount() throws IOException {
            assertThat(run("statements", "parse", "--format", "table", "--entries", file("export.csv", CSV))).isZero();
            assertThat(out()).containsPattern("\n +2 +2024-01-02 +1250\\.00 +Invoice 7\n")
                    .containsPattern("\n +4 +2024-01-04 +-19\\.99 +Phone\n");
        }

        @Test
        void balances_are_shown_signed_in_the_currencys_decimals() {
            assertThat(run("statements", "parse", "--format", "table", Fixtures.path("mt/mt940_fin_quirks.sta").toString()))
                    .isZero();
            assertThat(out()).containsPattern(" 1000\\.00 ");
        }
    }

    @Nested
    class ExitCodes {
        @Test
        void zero_when_one_file_was_read_even_though_another_was_refused() throws IOException {
            String junk = file("junk.txt", "hello\n");
            int code = run("statements", "parse", junk, Fixtures.path("mt/mismatch.sta").toString());
            assertThat(code).isZero();
            assertThat(out()).as("the readable file is still printed").contains("MISMATCH");
        }

        @Test
        void a_refused_mt_file_is_named_with_its_line_beside_a_file_that_was_read() {
            String broken = Fixtures.path("mt/unreadable.sta").toString();
            assertThat(run("statements", "parse", broken, Fixtures.path("mt/mismatch.sta").toString())).isZero();
            assertThat(err()).contains(broken + ":2: message \"NOCURRENCY\" states no currency");
        }

        @Test
        void three_when_nothing_could_be_read_from_any_file() throws IOException {
            assertThat(run("statements", "parse", file("junk.txt", "hello\n"), "/no/such/file.sta"))
                    .isEqualTo(LedgerCli.NOTHING_READ);
            assertThat(err()).contains("/no/such/file.sta: cannot read");
        }

        @Test
        void three_when_the_only_file_is_over_the_size_limit() throws IOException {
            String big = file("big.sta", ":20:X\n" + "x".repeat(2000));
            assertThat(run("statements", "parse", "--max-file-size", "1KiB", big)).isEqualTo(LedgerCli.NOTHING_READ);
            assertThat(err()).contains(big + ": file is larger than the limit of 1024 bytes");
        }

        @Test
        void three_when_the_only_file_has_more_entries_than_allowed() throws IOException {
            assertThat(run("statements", "parse", "--max-entries", "1", file("export.csv", CSV)))
                    .isEqualTo(LedgerCli.NOTHING_READ);
            assertThat(err()).contains("more than 1 entries");
        }

        @Test
        void two_for_usage_errors() {
            assertThat(run("statements", "parse")).isEqualTo(LedgerCli.USAGE);
            assertThat(run("statements", "parse", "--bogus", "x")).isEqualTo(LedgerCli.USAGE);
            assertThat(run("statements", "parse", "--format", "xml", "x")).isEqualTo(LedgerCli.USAGE);
            assertThat(run("statements", "parse", "--entries", "x")).isEqualTo(LedgerCli.USAGE);
            assertThat(run("statements", "parse", "--profile", "no-such-bank", "x")).isEqualTo(LedgerCli.USAGE);
            assertThat(run("nothing")).isEqualTo(LedgerCli.USAGE);
            assertThat(err()).contains("--format is json or table, got 'xml'", "unknown CSV profile 'no-such-bank'");
        }
    }
}
