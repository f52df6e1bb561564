package bank.ledger.connectors.formats.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import bank.ledger.connectors.cli.StatementJson;
import bank.ledger.connectors.formats.csv.CsvProfile;
import bank.ledger.connectors.formats.csv.CsvProfiles;
import bank.ledger.connectors.formats.detect.StatementFileParser;
import bank.ledger.connectors.formats.model.ParseError;
import bank.ledger.connectors.formats.model.ParseLimits;
import bank.ledger.connectors.formats.model.ParsedFile;
import bank.ledger.connectors.formats.model.StatementParseException;
import bank.ledger.connectors.formats.validation.StatementValidator;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The corpus of statement files as banks write them ({@code src/test/resources/corpus/<format>/}): each
 * file {@code NAME.EXT} is read as the upload and {@code bin/ledger statements parse} read it, and what
 * comes out (statements, entries, balances, warnings, validation issues — or the refusal) must equal
 * {@code NAME.EXT.expected.json}. A file {@code NAME.EXT.profile} names a built-in CSV profile to use.
 * {@code NAME.EXT.md} may say what the file is and where its quirks come from.
 *
 * <p>To start an expectation for a new file: {@code -Dcorpus.write=missing} writes the expected JSON of
 * files that have none. Read it against the file before committing it: it is the reviewed truth, not
 * whatever the parser said.
 */
class StatementCorpusTest {
    static final Path ROOT = Path.of("src/test/resources/corpus");
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final List<String> SIDE_FILES = List.of(".expected.json", ".profile", ".md");

    static List<Path> statementFiles() throws IOException {
        try (Stream<Path> all = Files.walk(ROOT)) {
            return all.filter(Files::isRegularFile)
                    .filter(p -> SIDE_FILES.stream().noneMatch(p.getFileName().toString()::endsWith))
                    .sorted().toList();
        }
    }

    @TestFactory
    Stream<DynamicTest> every_file_reads_as_its_reviewed_expectation() throws IOException {
        return statementFiles().stream().map(file -> DynamicTest.dynamicTest(ROOT.relativize(file).toString(),
                () -> check(file)));
    }

    private static void check(Path file) throws Exception {
        JsonNode actual = read(file);
        Path expectedFile = file.resolveSibling(file.getFileName() + ".expected.json");
        if (!Files.exists(expectedFile) && "missing".equals(System.getProperty("corpus.write"))) {
            Files.writeString(expectedFile, JSON.writerWithDefaultPrettyPrinter().writeValueAsString(actual) + "\n");
        }
        assertThat(expectedFile).as("expectation of " + file).exists();
        JsonNode expected = JSON.readTree(Files.readString(expectedFile));
        assertThat(JSON.writerWithDefaultPrettyPrinter().writeValueAsString(actual))
                .as(file.toString()).isEqualTo(JSON.writerWithDefaultPrettyPrinter().writeValueAsString(expected));
    }

    /** What the file gives: the CLI's JSON (with the file's corpus name), or the refusal with its reasons. */
    static JsonNode read(Path file) throws IOException {
        String name = ROOT.relativize(file).toString().replace('\\', '/');
        try {
            ParsedFile parsed = new StatementFileParser(ParseLimits.defaults(), profile(file)).parse(name,
                    Files.readAllBytes(file));
            return StatementJson.toJson(parsed, StatementValidator.validate(List.of(parsed)));
        } catch (StatementParseException refused) {
            ObjectNode node = JSON.createObjectNode();
            node.put("file", name);
            node.put("refused", "noStatementFound");
            for (ParseError error : refused.errors()) {
                node.withArray("errors").addObject().put("line", error.line()).put("message", error.message());
            }
            return node;
        }
    }

    private static CsvProfile profile(Path file) throws IOException {
        Path named = file.resolveSibling(file.getFileName() + ".profile");
        return Files.exists(named) ? CsvProfiles.load(Files.readString(named, StandardCharsets.UTF_8).strip()) : null;
    }
}
