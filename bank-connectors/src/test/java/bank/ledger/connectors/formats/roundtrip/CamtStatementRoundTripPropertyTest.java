package bank.ledger.connectors.formats.roundtrip;

import static org.assertj.core.api.Assertions.assertThat;

import bank.ledger.connectors.formats.camt.CamtParser;
import bank.ledger.connectors.formats.model.ParseLimits;
import bank.ledger.connectors.formats.model.ParsedFile;
import bank.ledger.connectors.formats.model.Statement;
import java.nio.charset.StandardCharsets;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Parse-print-parse for camt.053: a statement written out in any version, also one newer than known, reads back the same. */
class CamtStatementRoundTripPropertyTest {
    @Provide
    Arbitrary<Statement> camt() {
        return StatementArbitraries.statements("camt.053", StatementArbitraries.xmlTexts(), 14);
    }

    @Provide
    Arbitrary<Integer> versions() {
        return Arbitraries.integers().between(1, 14);
    }

    @Property(tries = 300)
    void a_written_statement_reads_back_as_the_same_statement(@ForAll("camt") Statement statement,
                                                              @ForAll("versions") int version) throws Exception {
        String xml = StatementWriters.camt053(statement, version);
        ParsedFile parsed = new CamtParser(ParseLimits.defaults()).parse("p.xml", xml.getBytes(StandardCharsets.UTF_8));
        String format = String.format("camt.053.001.%02d", version);
        Statement expected = new Statement(format, statement.account(), statement.currency(), statement.statementId(),
                statement.sequence(), null, statement.openingBalance(), statement.closingBalance(), null,
                statement.entries());
        assertThat(parsed.statements()).hasSize(1);
        assertThat(RoundTripViews.withoutLines(parsed.statements().get(0))).isEqualTo(expected);
        assertThat(parsed.statements().get(0).entries()).allMatch(e -> e.line() > 0 && e.warnings().isEmpty());
    }
}
