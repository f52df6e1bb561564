package bank.ledger.connectors.formats.camt;

import static org.assertj.core.api.Assertions.assertThat;

import bank.ledger.connectors.formats.model.Entry;
import bank.ledger.connectors.formats.model.ParseLimits;
import bank.ledger.connectors.formats.model.ParsedFile;
import bank.ledger.connectors.formats.model.Statement;
import bank.ledger.connectors.formats.model.StatementParseException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Any corpus file the reader reads, written back out as camt.053 of any version and read again, gives the same
 * entries: amounts in their own currency, counter-values, amount details, batch transactions, codes and parties.
 */
class CamtCorpusRoundTripPropertyTest {
    static final Path CORPUS = Path.of("src/test/resources/corpus/camt");

    static List<Path> corpusFiles() throws Exception {
        try (Stream<Path> files = Files.list(CORPUS)) {
            return files.filter(p -> p.toString().endsWith(".xml")).sorted().toList();
        }
    }

    @Provide
    Arbitrary<Path> files() throws Exception {
        return Arbitraries.of(corpusFiles());
    }

    @Provide
    Arbitrary<Integer> versions() {
        return Arbitraries.integers().between(1, 14);
    }

    @Property(tries = 250)
    void a_read_file_written_back_out_reads_as_the_same_entries(@ForAll("files") Path file,
                                                                @ForAll("versions") int version) throws Exception {
        ParsedFile read;
        try {
            read = parse(Files.readAllBytes(file));
        } catch (StatementParseException refused) {
            return; // refused files have nothing to write back
        }
        for (Statement statement : read.statements()) {
            ParsedFile again = parse(CamtWriter.camt053(statement, version).getBytes(StandardCharsets.UTF_8));
            assertThat(plain(again.statements().get(0).entries())).as(file + " version " + version)
                    .isEqualTo(plain(statement.entries()));
        }
    }

    private static ParsedFile parse(byte[] content) throws StatementParseException {
        return new CamtParser(ParseLimits.defaults()).parse("r.xml", content);
    }

    /** Entries without their line and warnings: the written file has other lines, and its repairs are already made. */
    private static List<Entry> plain(List<Entry> entries) {
        return entries.stream().map(e -> new Entry(e.amountMinor(), e.creditDebit(), e.bookingDate(), e.valueDate(),
                e.reference(), e.customerReference(), e.endToEndId(), e.counterparty(), e.counterpartyAccount(),
                e.description(), e.reversal(), e.bankTransactionCode(), e.proprietaryCode(), e.booked(), 0, e.amount(),
                e.currency(), e.amountDetails(), e.details(), List.of())).toList();
    }
}
