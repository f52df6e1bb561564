package bank.ledger.connectors.formats.roundtrip;

import static org.assertj.core.api.Assertions.assertThat;

import bank.ledger.connectors.formats.mt.MtParser;
import bank.ledger.connectors.formats.model.Balance;
import bank.ledger.connectors.formats.model.CreditDebit;
import bank.ledger.connectors.formats.model.Entry;
import bank.ledger.connectors.formats.model.ParseLimits;
import bank.ledger.connectors.formats.model.ParsedFile;
import bank.ledger.connectors.formats.model.Statement;
import bank.ledger.connectors.formats.model.StatementParseException;
import bank.ledger.connectors.formats.validation.StatementValidator;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** MT940 print-parse: a statement written back out as MT940 and read again has the same entries. */
class MtRoundTripPropertyTest {
    private static final ParseLimits LIMITS = ParseLimits.defaults();
    private static final Path CORPUS = Path.of("src/test/resources/corpus/mt");

    /** What an entry says that MT940's ":61:" and a free-text ":86:" can carry. */
    record Said(long amountMinor, CreditDebit creditDebit, LocalDate valueDate, LocalDate bookingDate, String reference,
                String customerReference, boolean reversal, String description) {
        static Said of(Entry e) {
            return new Said(e.amountMinor(), e.creditDebit(), e.valueDate(), e.bookingDate(), e.reference(),
                    e.customerReference(), e.reversal(), e.description());
        }
    }

    @Provide
    Arbitrary<Statement> generated() {
        return StatementArbitraries.statements("MT940", StatementArbitraries.swiftTexts(), 12);
    }

    @Provide
    Arbitrary<Statement> corpus() throws IOException {
        return Arbitraries.of(corpusStatements());
    }

    @Property(tries = 300)
    void aGeneratedStatementReadsBackWhole(@ForAll("generated") Statement statement) throws Exception {
        ParsedFile parsed = read(StatementWriters.mt940(statement));
        assertThat(parsed.warnings()).isEmpty();
        assertThat(parsed.statements()).singleElement().satisfies(s -> {
            assertThat(s.warnings()).isEmpty();
            assertThat(s.entries()).allSatisfy(e -> assertThat(e.warnings()).isEmpty())
                    .allSatisfy(e -> assertThat(e.amount()).as("no exact amount beyond the minor units").isNull());
            assertThat(RoundTripViews.withoutLines(s)).isEqualTo(statement);
        });
        assertThat(StatementValidator.validate(List.of(parsed))).isEmpty();
    }

    @Property(tries = 200)
    void everyCorpusStatementWrittenOutAndReadAgainHasTheSameEntries(@ForAll("corpus") Statement statement)
            throws Exception {
        Statement printable = withBalances(statement);
        ParsedFile again = read(StatementWriters.mt940(printable));
        assertThat(again.statements()).singleElement().satisfies(s ->
                assertThat(s.entries().stream().map(Said::of).toList())
                        .isEqualTo(statement.entries().stream().map(Said::of).toList()));
    }

    private static ParsedFile read(String text) throws StatementParseException {
        return new MtParser(LIMITS).parse("p.sta", text.getBytes(StandardCharsets.UTF_8));
    }

    static List<Statement> corpusStatements() throws IOException {
        List<Statement> statements = new ArrayList<>();
        try (Stream<Path> files = Files.list(CORPUS)) {
            for (Path file : files.filter(p -> !p.toString().endsWith(".json") && !p.toString().endsWith(".md")).toList()) {
                try {
                    statements.addAll(new MtParser(LIMITS).parse(file.toString(), Files.readAllBytes(file)).statements());
                } catch (StatementParseException refused) {
                    // the corpus holds refused files too; they have nothing to print
                }
            }
        }
        return statements;
    }

    /** The writer needs both balances; an MT942 or truncated statement gets zero ones, entries unchanged. */
    private static Statement withBalances(Statement s) {
        LocalDate date = s.entries().stream().map(Entry::valueDate).findFirst().orElse(LocalDate.of(2024, 1, 1));
        Balance opening = s.openingBalance() != null ? s.openingBalance() : Balance.ofSigned(0, date);
        Balance closing = s.closingBalance() != null ? s.closingBalance() : Balance.ofSigned(0, date);
        return new Statement(s.format(), s.account(), s.currency(), s.statementId(), s.sequence(), s.page(), opening,
                closing, s.totals(), s.entries());
    }
}
