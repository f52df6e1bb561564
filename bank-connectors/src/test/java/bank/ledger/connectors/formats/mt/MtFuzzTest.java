package bank.ledger.connectors.formats.mt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import bank.ledger.connectors.formats.detect.DetectedFormat;
import bank.ledger.connectors.formats.detect.FormatDetector;
import bank.ledger.connectors.formats.detect.StatementFileParser;
import bank.ledger.connectors.formats.model.ParseLimits;
import bank.ledger.connectors.formats.model.ParsedFile;
import bank.ledger.connectors.formats.model.StatementParseException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Whatever bytes arrive, the MT reader gives a parsed file or a refusal: no other exception, no hang, and
 * time linear in the size (a megabyte in well under the timeout, which leaves room for a loaded 2-core machine).
 */
class MtFuzzTest {
    private static final ParseLimits LIMITS = ParseLimits.defaults();
    private static final Path CORPUS = Path.of("src/test/resources/corpus/mt");
    private static final Duration BOUND = Duration.ofSeconds(20);

    @Provide
    Arbitrary<byte[]> corpusFiles() throws IOException {
        try (Stream<Path> files = Files.list(CORPUS)) {
            List<byte[]> contents = files.filter(p -> !p.toString().endsWith(".json") && !p.toString().endsWith(".md"))
                    .sorted().map(MtFuzzTest::bytes).toList();
            return Arbitraries.of(contents);
        }
    }

    @Property(tries = 300)
    void randomBytesGiveAFileOrARefusal(@ForAll @Size(max = 3000) byte[] content) {
        assertThat(outcome(content)).isNotNull();
    }

    @Property(tries = 400)
    void mutatedCorpusFilesGiveAFileOrARefusal(@ForAll("corpusFiles") byte[] file, @ForAll long seed) {
        assertThat(outcome(mutate(file, new Random(seed)))).isNotNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"random", "braces", "subfields", "one-line", "statement-lines", "slashes"})
    void aMegabyteOfHostileInputIsReadWithinTheBound(String kind) {
        byte[] content = hostile(kind, 1 << 20);
        assertTimeoutPreemptively(BOUND, () -> assertThat(outcome(content)).isNotNull());
    }

    /** "read" or "refused"; any other exception fails the property. */
    private static String outcome(byte[] content) {
        try {
            ParsedFile parsed = new MtParser(LIMITS).parse("fuzz.sta", content);
            if (FormatDetector.detect(content) == DetectedFormat.MT) {
                new StatementFileParser(LIMITS, null).parse("fuzz.sta", content);
            }
            assertThat(parsed.statements()).isNotEmpty();
            return "read";
        } catch (StatementParseException refused) {
            assertThat(refused.errors()).isNotEmpty();
            return "refused";
        }
    }

    /** Cuts, duplicates, overwrites and inserts: the damage a transfer or a hand edit does. */
    static byte[] mutate(byte[] file, Random random) {
        byte[] bytes = file.clone();
        int rounds = 1 + random.nextInt(8);
        for (int r = 0; r < rounds && bytes.length > 1; r++) {
            int at = random.nextInt(bytes.length);
            int length = 1 + random.nextInt(Math.min(40, bytes.length - at));
            bytes = switch (random.nextInt(5)) {
                case 0 -> concat(Arrays.copyOfRange(bytes, 0, at), Arrays.copyOfRange(bytes, at + length, bytes.length));
                case 1 -> concat(Arrays.copyOfRange(bytes, 0, at + length), Arrays.copyOfRange(bytes, at, bytes.length));
                case 2 -> overwrite(bytes, at, length, random);
                case 3 -> concat(concat(Arrays.copyOfRange(bytes, 0, at), token(random)),
                        Arrays.copyOfRange(bytes, at, bytes.length));
                default -> Arrays.copyOfRange(bytes, 0, at + 1);
            };
        }
        return bytes;
    }

    private static byte[] token(Random random) {
        String[] tokens = {":61:", ":86:", "\r\n", "\n:20:X\n", "{1:", "{4:", "-}", "@@", "?2", "/REMI/", ",", "\u0001",
            "\u0000", ":60F:C240101XYZ1,", ":62F:D991399EUR0,", "//", "\t"};
        return tokens[random.nextInt(tokens.length)].getBytes(StandardCharsets.ISO_8859_1);
    }

    private static byte[] overwrite(byte[] bytes, int at, int length, Random random) {
        byte[] copy = bytes.clone();
        for (int i = at; i < at + length; i++) {
            copy[i] = (byte) random.nextInt(256);
        }
        return copy;
    }

    private static byte[] hostile(String kind, int size) {
        String unit = switch (kind) {
            case "braces" -> "{1:{2:{3:{4:";
            case "subfields" -> ":20:X\n:60F:C240101EUR1,\n:61:240101C1,NTRF\n:86:166?20?2?21?2?";
            case "one-line" -> ":61:240101C1,NTRFREF//";
            case "statement-lines" -> ":61:2401010101RC0001,5NMSCNONREF//B\n:86:/TRTP/X/NAME/Y/REMI/Z\n";
            case "slashes" -> ":20:A\n:34F:EUR0,\n:86:/TRTP////////////////////";
            default -> null;
        };
        if (unit == null) {
            byte[] random = new byte[size];
            new Random(13).nextBytes(random);
            return random;
        }
        byte[] one = unit.getBytes(StandardCharsets.ISO_8859_1);
        byte[] content = new byte[size];
        for (int i = 0; i < size; i++) {
            content[i] = one[i % one.length];
        }
        return content;
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] c = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, c, a.length, b.length);
        return c;
    }

    private static byte[] bytes(Path path) {
        try {
            return Files.readAllBytes(path);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
