package bank.ledger.connectors.formats.roundtrip;

import static org.assertj.core.api.Assertions.assertThat;

import bank.ledger.connectors.cli.StatementJson;
import bank.ledger.connectors.cli.StatementJsonReader;
import bank.ledger.connectors.formats.model.ParseLimits;
import bank.ledger.connectors.formats.model.ParsedFile;
import bank.ledger.connectors.formats.model.Statement;
import java.nio.charset.StandardCharsets;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Parse-print-parse: printing a statement and parsing it again gives back exactly the same minor units. */
class RoundTripPropertyTest {
    private static final ParseLimits LIMITS = ParseLimits.defaults();

    @Provide
    Arbitrary<Statement> swift() {
        return StatementArbitraries.statements("MT940", StatementArbitraries.swiftTexts(), 12);
    }

    @Provide
    Arbitrary<Statement> any() {
        return StatementArbitraries.statements("camt.053.001.08", StatementArbitraries.jsonTexts(), 14);
    }

    @Property(tries = 300)
    void json(@ForAll("any") Statement statement) {
        ParsedFile file = new ParsedFile("f\"ile\u0001.xml", "camt.053.001.08", List.of(statement));
        String json = StatementJson.write(file, List.of(), false);
        assertThat(StatementJsonReader.read(json)).isEqualTo(file);
    }
}
