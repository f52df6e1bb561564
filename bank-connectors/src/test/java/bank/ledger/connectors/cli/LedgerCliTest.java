package bank.ledger.connectors.cli;

import static org.assertj.core.api.Assertions.assertThat;

import bank.ledger.connectors.statement.Fixtures;
import bank.ledger.connectors.statement.ParsedFile;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LedgerCliTest {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

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

    @Test
    void printsOneJsonObjectPerFile() {
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
    void unreadableFileExitsNonZeroNamingFileAndLine() {
        String broken = Fixtures.path("mt/unreadable.sta").toString();
        int code = run("statements", "parse", broken, Fixtures.path("mt/mismatch.sta").toString());
        assertThat(code).isEqualTo(LedgerCli.UNREADABLE);
        assertThat(err()).contains(broken + ":2: message \"NOCURRENCY\" states no currency");
        assertThat(out()).as("the readable file is still printed").contains("MISMATCH");
    }

    @Test
    void validationErrorsExitThree() {
        assertThat(run("statements", "parse", Fixtures.path("mt/mismatch.sta").toString())).isEqualTo(LedgerCli.INVALID);
        assertThat(out()).contains("\"code\":\"BALANCE_MISMATCH\"");
        assertThat(err()).contains("BALANCE_MISMATCH");
    }

    @Test
    void csvNeedsAProfile() {
        String csv = Fixtures.path("csv/generic.csv").toString();
        assertThat(run("statements", "parse", csv)).isEqualTo(LedgerCli.UNREADABLE);
        assertThat(err()).contains("--profile");
        assertThat(run("statements", "parse", "--profile", "generic", csv)).isZero();
    }

    @Test
    void fileSizeLimit(@TempDir Path dir) throws Exception {
        Path big = dir.resolve("big.sta");
        Files.writeString(big, ":20:X\n" + "x".repeat(2000));
        assertThat(run("statements", "parse", "--max-file-size", "1KiB", big.toString())).isEqualTo(LedgerCli.UNREADABLE);
        assertThat(err()).contains(big + ": file is larger than the limit of 1024 bytes");
    }

    @Test
    void entryLimit() {
        assertThat(run("statements", "parse", "--max-entries", "1", Fixtures.path("mt/mt940_fin_quirks.sta").toString()))
                .isEqualTo(LedgerCli.UNREADABLE);
        assertThat(err()).contains("more than 1 entries");
    }

    @Test
    void missingFileAndUsageErrors() {
        assertThat(run("statements", "parse", "/no/such/file.sta")).isEqualTo(LedgerCli.UNREADABLE);
        assertThat(err()).contains("/no/such/file.sta: cannot read");
        assertThat(run("statements", "parse")).isEqualTo(LedgerCli.USAGE);
        assertThat(run("statements", "parse", "--bogus", "x")).isEqualTo(LedgerCli.USAGE);
        assertThat(run("nothing")).isEqualTo(LedgerCli.USAGE);
    }
}
