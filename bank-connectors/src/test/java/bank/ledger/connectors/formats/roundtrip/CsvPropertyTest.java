package bank.ledger.connectors.formats.roundtrip;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import bank.ledger.connectors.formats.csv.CsvParser;
import bank.ledger.connectors.formats.csv.CsvProfiles;
import bank.ledger.connectors.formats.detect.StatementFileParser;
import bank.ledger.connectors.formats.model.Entry;
import bank.ledger.connectors.formats.model.ParseLimits;
import bank.ledger.connectors.formats.model.ParsedFile;
import bank.ledger.connectors.formats.model.Statement;
import bank.ledger.connectors.formats.model.StatementParseException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * CSV written as banks write it and read again gives the same entries; any bytes at all give statements or
 * a refusal (StatementParseException), never another exception, and within a bounded time.
 */
class CsvPropertyTest {
    private static final ParseLimits LIMITS = ParseLimits.defaults();
    private static final String VALID = """
            Umsatzanzeige;Export
            IBAN;DE89 3704 0044 0532 0130 00
            Buchung;Valuta;Auftraggeber/Empfänger;Buchungstext;Verwendungszweck;Saldo;Währung;Betrag;Währung
            02.01.2024;02.01.2024;"Verein ""A"" e.V.";Gutschrift;"Spende
            Dezember";1.100,00;EUR;100,00;EUR
            03.01.2024;03.01.2024;Shop;Lastschrift;Order;1.080,01;EUR;-19,99;EUR
            """;

    /** Texts as bank exports hold them: delimiters, quotes, line breaks and non-ASCII inside quoted fields. */
    @Provide
    Arbitrary<Statement> quotedTexts() {
        Arbitrary<String> text = Arbitraries.strings().alpha().numeric().withChars(" ,;\t\"'\näöü€#:-")
                .ofMinLength(1).ofMaxLength(40).map(String::strip).filter(s -> !s.isEmpty());
        return StatementArbitraries.statements("csv:generic", new StatementArbitraries.Texts(text, text, true), 12)
                .filter(s -> !s.entries().isEmpty());
    }

    @Provide
    Arbitrary<Statement> swift() {
        // A CSV without a single row is refused (there is no statement in it), so every one has an entry.
        return StatementArbitraries.statements("csv:de-bank", StatementArbitraries.swiftTexts(), 12)
                .filter(s -> !s.entries().isEmpty());
    }

    @Provide
    Arbitrary<Character> delimiters() {
        return Arbitraries.of(',', ';', '\t', '|');
    }

    @Property(tries = 200)
    void a_generic_export_is_recognised_by_its_header_and_gives_the_same_entries(
            @ForAll("quotedTexts") Statement statement, @ForAll("delimiters") char delimiter) throws Exception {
        String csv = CsvWriters.generic(statement, delimiter);
        ParsedFile parsed = new CsvParser(null, LIMITS).parse("p.csv", csv.getBytes(StandardCharsets.UTF_8));
        assertThat(parsed.format()).isEqualTo("csv:generic");
        assertThat(read(parsed)).isEqualTo(written(statement, true));
    }

    @Property(tries = 200)
    void a_german_export_with_the_named_profile_gives_the_same_entries(@ForAll("swift") Statement statement)
            throws Exception {
        ParsedFile parsed = new CsvParser(CsvProfiles.load("de-bank"), LIMITS)
                .parse("p.csv", StatementWriters.deBankCsv(statement).getBytes(StandardCharsets.UTF_8));
        assertThat(read(parsed)).isEqualTo(written(statement, false).stream()
                .map(e -> List.of(e.get(0), e.get(1), e.get(2), "", "", e.get(5))).toList());
    }

    @Property(tries = 200)
    void a_debit_credit_export_gives_the_same_entries(@ForAll("quotedTexts") Statement any) throws Exception {
        Statement statement = new Statement(any.format(), any.account(), "USD", null, null, null, null, null, null,
                any.entries());
        ParsedFile parsed = new StatementFileParser(LIMITS, null).parse("p.csv",
                CsvWriters.debitCredit(statement).getBytes(StandardCharsets.UTF_8));
        assertThat(parsed.format()).isEqualTo("csv:debit-credit");
        assertThat(read(parsed)).isEqualTo(statement.entries().stream().map(e -> List.<Object>of(e.signedMinor(),
                e.bookingDate(), e.bookingDate(), text(e.reference()), "", text(e.description()))).toList());
    }

    @Property(tries = 300)
    void any_bytes_give_statements_or_a_refusal_in_bounded_time(@ForAll byte[] bytes) {
        assertTimeoutPreemptively(Duration.ofSeconds(10), () -> readOrRefuse(bytes));
    }

    @Property(tries = 500)
    void a_real_export_with_bytes_changed_gives_statements_or_a_refusal(@ForAll("exports") byte[] export,
            @ForAll("positions") List<Integer> positions, @ForAll byte value) {
        byte[] changed = Arrays.copyOf(export, export.length);
        for (int position : positions) {
            changed[position % changed.length] = value;
        }
        assertTimeoutPreemptively(Duration.ofSeconds(10), () -> readOrRefuse(changed));
    }

    /** Every CSV of the corpus (each bank's layout), and a small one inline. */
    @Provide
    Arbitrary<byte[]> exports() throws IOException {
        List<byte[]> all = new ArrayList<>(List.of(VALID.getBytes(StandardCharsets.UTF_8)));
        try (Stream<Path> files = Files.list(Path.of("src/test/resources/corpus/csv"))) {
            for (Path file : files.filter(f -> !f.toString().matches(".*\\.(json|md|profile)$")).sorted().toList()) {
                all.add(Files.readAllBytes(file));
            }
        }
        return Arbitraries.of(all);
    }

    @Provide
    Arbitrary<List<Integer>> positions() {
        return Arbitraries.integers().between(0, 10_000).list().ofMinSize(1).ofMaxSize(8);
    }

    /**
     * 200 KB of what makes naive CSV readers slow (quotes, delimiters, line breaks) in seconds: linear, not
     * quadratic (generous bounds, as the build machine is shared; a quadratic reader takes minutes here).
     */
    @Property(tries = 10)
    void hundreds_of_kilobytes_of_quotes_and_delimiters_are_read_or_refused_in_seconds(@ForAll("hostile") String unit) {
        byte[] bytes = ("Booking Date,Amount,Currency\n" + unit.repeat(200_000 / unit.length()))
                .getBytes(StandardCharsets.UTF_8);
        assertTimeoutPreemptively(Duration.ofSeconds(20), () -> readOrRefuse(bytes));
    }

    @Provide
    Arbitrary<String> hostile() {
        return Arbitraries.strings().withChars("\"\",;\n\r\t1.-x").ofMinLength(1).ofMaxLength(6);
    }

    private static void readOrRefuse(byte[] bytes) {
        try {
            ParsedFile file = new StatementFileParser(LIMITS, null).parse("fuzz.csv", bytes);
            assertThat(file.statements()).isNotEmpty();
        } catch (StatementParseException refused) {
            assertThat(refused.errors()).isNotEmpty();
        }
    }

    /** Per entry: signed minor units, booking and value date, reference, counterparty, description. */
    private static List<List<Object>> read(ParsedFile parsed) {
        return parsed.statements().stream().flatMap(s -> s.entries().stream()).map(e -> List.<Object>of(e.signedMinor(),
                e.bookingDate(), e.valueDate(), text(e.reference()), text(e.counterparty()), text(e.description())))
                .toList();
    }

    private static List<List<Object>> written(Statement statement, boolean withParties) {
        return statement.entries().stream().map((Entry e) -> List.<Object>of(e.signedMinor(), e.bookingDate(),
                e.valueDate(), withParties ? text(e.reference()) : "", withParties ? text(e.counterparty()) : "",
                text(e.description()))).toList();
    }

    private static String text(String text) {
        return text == null ? "" : text;
    }
}
