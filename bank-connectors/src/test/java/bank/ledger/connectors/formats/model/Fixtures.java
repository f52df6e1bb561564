package bank.ledger.connectors.formats.model;

import bank.ledger.connectors.formats.csv.CsvProfile;
import bank.ledger.connectors.formats.csv.CsvProfiles;
import bank.ledger.connectors.formats.detect.StatementFileParser;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Path;

/** Paths of the fixture files and one-line parsing for tests. */
public final class Fixtures {
    private Fixtures() {
    }

    public static Path path(String name) {
        try {
            return Path.of(Fixtures.class.getResource("/statements/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    public static ParsedFile parse(String name) throws StatementParseException {
        return new StatementFileParser(ParseLimits.defaults(), null).parse(path(name));
    }

    public static ParsedFile parseCsv(String name, String profile) throws StatementParseException, IOException {
        CsvProfile csv = CsvProfiles.load(profile);
        return new StatementFileParser(ParseLimits.defaults(), csv).parse(path(name));
    }
}
