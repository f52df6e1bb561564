package bank.ledger.connectors.formats.camt;

import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import bank.ledger.connectors.formats.detect.StatementFileParser;
import bank.ledger.connectors.formats.model.ParseLimits;
import bank.ledger.connectors.formats.model.ParsedFile;
import bank.ledger.connectors.formats.model.StatementParseException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Fuzzed input never gives anything but a read file or a refusal (no other exception, no hang): random bytes,
 * and corpus files cut, spliced, with bytes flipped or XML and camt tokens dropped in.
 */
class CamtFuzzPropertyTest {
    /** Generous for a loaded two-core machine; a corpus-sized file reads in milliseconds. */
    private static final Duration BOUND = Duration.ofSeconds(30);
    private static final String[] TOKENS = {"<", ">", "&", "&amp;", "]]>", "<![CDATA[", "<!DOCTYPE x>", "<?xml version=\"1.0\"?>",
        "</Ntry>", "<Ntry>", "</Stmt>", "<Bal>", "<Amt Ccy=\"USD\">", "<Amt>", "-", ",", "99999999999999999999.999999",
        "2024-02-30", "\u0000", "\uFEFF", "<CdtDbtInd>X</CdtDbtInd>", "<TxDtls>", "<AmtDtls><CntrValAmt><Amt>1</Amt>",
        "xmlns=\"\"", "<Document xmlns=\"urn:iso:std:iso:20022:tech:xsd:camt.053.001.99\">", "\r", "\n", "  "};

    @Provide
    Arbitrary<byte[]> randomBytes() {
        return Arbitraries.bytes().array(byte[].class).ofMaxSize(3000);
    }

    @Provide
    Arbitrary<byte[]> mutatedCorpus() throws Exception {
        List<byte[]> files = new ArrayList<>();
        for (Path p : CamtCorpusRoundTripPropertyTest.corpusFiles()) {
            files.add(Files.readAllBytes(p));
        }
        return Arbitraries.of(files).flatMap(file -> Arbitraries.longs().map(seed -> mutate(file, new Random(seed))));
    }

    @Property(tries = 400)
    void random_bytes_are_read_or_refused(@ForAll("randomBytes") byte[] content) {
        readOrRefuse(content);
    }

    @Property(tries = 400)
    void mutated_corpus_files_are_read_or_refused(@ForAll("mutatedCorpus") byte[] content) {
        readOrRefuse(content);
    }

    @Property(tries = 200)
    void random_text_behind_an_xml_prolog_is_read_or_refused(@ForAll("randomBytes") byte[] content) {
        byte[] prolog = "<?xml version=\"1.0\"?><Document><BkToCstmrStmt><Stmt><Acct/>".getBytes(StandardCharsets.UTF_8);
        byte[] all = new byte[prolog.length + content.length];
        System.arraycopy(prolog, 0, all, 0, prolog.length);
        System.arraycopy(content, 0, all, prolog.length, content.length);
        readOrRefuse(all);
    }

    /** Both ways in: the camt reader itself, and the file parser that detects the format first. */
    private static void readOrRefuse(byte[] content) {
        assertTimeoutPreemptively(BOUND, () -> {
            try {
                ParsedFile file = new CamtParser(ParseLimits.defaults()).parse("f.xml", content);
                file.statements().forEach(s -> s.entries().forEach(e -> {
                    if (e.amountMinor() < 0) {
                        throw new AssertionError("negative minor units");
                    }
                }));
            } catch (StatementParseException refused) {
                // a refusal is an allowed outcome
            }
            try {
                new StatementFileParser(ParseLimits.defaults(), null).parse("f", content);
            } catch (StatementParseException refused) {
                // a refusal is an allowed outcome
            }
        });
    }

    private static byte[] mutate(byte[] file, Random random) {
        byte[] bytes = file.clone();
        int rounds = 1 + random.nextInt(6);
        for (int i = 0; i < rounds; i++) {
            int at = random.nextInt(bytes.length + 1);
            bytes = switch (random.nextInt(5)) {
                case 0 -> splice(bytes, at, Math.min(bytes.length, at + random.nextInt(200)), new byte[0]);
                case 1 -> splice(bytes, at, at, TOKENS[random.nextInt(TOKENS.length)].getBytes(StandardCharsets.UTF_8));
                case 2 -> flip(bytes, random);
                case 3 -> java.util.Arrays.copyOf(bytes, at);
                default -> splice(bytes, at, at, java.util.Arrays.copyOfRange(file, random.nextInt(file.length / 2 + 1),
                        file.length / 2 + random.nextInt(file.length / 2 + 1)));
            };
        }
        return bytes;
    }

    private static byte[] flip(byte[] bytes, Random random) {
        if (bytes.length > 0) {
            bytes[random.nextInt(bytes.length)] = (byte) random.nextInt(256);
        }
        return bytes;
    }

    private static byte[] splice(byte[] bytes, int from, int to, byte[] insert) {
        byte[] out = new byte[bytes.length - (to - from) + insert.length];
        System.arraycopy(bytes, 0, out, 0, from);
        System.arraycopy(insert, 0, out, from, insert.length);
        System.arraycopy(bytes, to, out, from + insert.length, bytes.length - to);
        return out;
    }
}
