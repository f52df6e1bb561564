package bank.ledger.connectors.cli;

import static org.assertj.core.api.Assertions.assertThat;

import bank.ledger.connectors.formats.model.Fixtures;
import bank.ledger.connectors.formats.model.ParsedFile;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every well-formed fixture survives parse, print as JSON, read back: same model, same minor units. */
class FixtureJsonRoundTripTest {
    @ParameterizedTest
    @CsvSource({
        "mt/mt940_fin_quirks.sta,", "mt/mt940_bare_multi.sta,", "mt/mt942_intraday.sta,",
        "camt/camt053.001.02_two_statements.xml,", "camt/camt052.001.08_intraday.xml,",
        "camt/camt054.001.04_notification.xml,", "csv/generic.csv,generic", "csv/de-bank.csv,de-bank",
        "csv/debit-credit.csv,debit-credit"})
    void parsePrintParse(String fixture, String profile) throws Exception {
        ParsedFile parsed = profile == null ? Fixtures.parse(fixture) : Fixtures.parseCsv(fixture, profile);
        assertThat(StatementJsonReader.read(StatementJson.write(parsed, List.of(), true))).isEqualTo(parsed);
    }
}
