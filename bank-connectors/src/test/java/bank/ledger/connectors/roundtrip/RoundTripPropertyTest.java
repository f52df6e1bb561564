package bank.ledger.connectors.roundtrip;

import static org.assertj.core.api.Assertions.assertThat;

import bank.ledger.connectors.camt.CamtParser;
import bank.ledger.connectors.cli.StatementJson;
import bank.ledger.connectors.cli.StatementJsonReader;
import bank.ledger.connectors.mt.MtParser;
import bank.ledger.connectors.statement.ParseLimits;
import bank.ledger.connectors.statement.ParsedFile;
import bank.ledger.connectors.statement.Statement;
import bank.ledger.connectors.validation.StatementValidator;
import java.nio.charset.StandardCharsets;
import java.util.List;
import net.jqwik.api.Arbitraries;
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
    Arbitrary<Statement> camt() {
        return StatementArbitraries.statements("camt.053", StatementArbitraries.xmlTexts(), 14);
    }

    @Provide
    Arbitrary<Statement> any() {
        return StatementArbitraries.statements("camt.053.001.08", StatementArbitraries.jsonTexts(), 14);
    }

    @Provide
    Arbitrary<Integer> camtVersions() {
        return Arbitraries.integers().between(1, 13);
    }

    @Property(tries = 300)
    void mt940(@ForAll("swift") Statement statement) throws Exception {
        ParsedFile parsed = new MtParser(LIMITS).parse("p.sta", StatementWriters.mt940(statement).getBytes(StandardCharsets.UTF_8));
        assertThat(parsed.statements()).containsExactly(statement);
        assertThat(StatementValidator.validate(List.of(parsed))).isEmpty();
    }

    @Property(tries = 300)
    void camt053(@ForAll("camt") Statement statement, @ForAll("camtVersions") int version) throws Exception {
        String xml = StatementWriters.camt053(statement, version);
        ParsedFile parsed = new CamtParser(LIMITS).parse("p.xml", xml.getBytes(StandardCharsets.UTF_8));
        String format = String.format("camt.053.001.%02d", version);
        Statement expected = new Statement(format, statement.account(), statement.currency(), statement.statementId(),
                statement.sequence(), null, statement.openingBalance(), statement.closingBalance(), null,
                statement.entries());
        assertThat(parsed.statements()).containsExactly(expected);
    }

    @Property(tries = 300)
    void json(@ForAll("any") Statement statement) {
        ParsedFile file = new ParsedFile("f\"ile\u0001.xml", "camt.053.001.08", List.of(statement));
        String json = StatementJson.write(file, List.of(), false);
        assertThat(StatementJsonReader.read(json)).isEqualTo(file);
    }
}
