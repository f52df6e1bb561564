package bank.ledger.connectors.formats.detect;

import static org.assertj.core.api.Assertions.assertThat;

import bank.ledger.connectors.formats.model.Fixtures;
import bank.ledger.connectors.formats.model.ParseLimits;
import bank.ledger.connectors.formats.model.ParsedFile;
import bank.ledger.connectors.formats.model.TextDecoding;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Banks send the same statement in UTF-8, UTF-8 with a BOM or UTF-16: all read as the same statement. */
class EncodedStatementFilesTest {
    private static final String CAMT = "camt/camt053.001.02_two_statements.xml";
    private static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private static ParsedFile parse(byte[] content) throws Exception {
        return new StatementFileParser(ParseLimits.defaults(), null).parse("encoded", content);
    }

    /** The fixture as text, its prolog declaring the encoding it will be written in. */
    private static String camtDeclaring(String encoding) throws Exception {
        String xml = Files.readString(Fixtures.path(CAMT), StandardCharsets.UTF_8);
        return xml.replaceFirst("encoding=\"[^\"]+\"", "encoding=\"" + encoding + "\"");
    }

    private static byte[] concat(byte[] head, byte[] tail) {
        byte[] all = new byte[head.length + tail.length];
        System.arraycopy(head, 0, all, 0, head.length);
        System.arraycopy(tail, 0, all, head.length, tail.length);
        return all;
    }

    @Nested
    class Camt {
        @Test
        void a_utf16_file_with_a_big_endian_bom_and_a_utf16_prolog_reads_as_the_utf8_file() throws Exception {
            ParsedFile expected = Fixtures.parse(CAMT);
            // Java's "UTF-16" encoder writes a big-endian BOM first
            ParsedFile utf16 = parse(camtDeclaring("UTF-16").getBytes(StandardCharsets.UTF_16));

            assertThat(utf16.statements()).isEqualTo(expected.statements());
        }

        @Test
        void a_utf16_little_endian_file_with_its_bom_reads_as_the_utf8_file() throws Exception {
            byte[] bom = {(byte) 0xFF, (byte) 0xFE};
            byte[] body = camtDeclaring("UTF-16").getBytes(StandardCharsets.UTF_16LE);

            assertThat(parse(concat(bom, body)).statements()).isEqualTo(Fixtures.parse(CAMT).statements());
        }

        @Test
        void a_utf8_file_with_a_bom_reads_as_the_file_without() throws Exception {
            byte[] body = camtDeclaring("UTF-8").getBytes(StandardCharsets.UTF_8);

            assertThat(parse(concat(UTF8_BOM, body)).statements()).isEqualTo(Fixtures.parse(CAMT).statements());
        }
    }

    @Nested
    class Detection {
        @Test
        void utf16_xml_with_or_without_a_bom_is_camt() {
            String xml = "<?xml version=\"1.0\" encoding=\"UTF-16\"?><Document/>";
            assertThat(FormatDetector.detect(xml.getBytes(StandardCharsets.UTF_16))).isEqualTo(DetectedFormat.CAMT);
            assertThat(FormatDetector.detect(xml.getBytes(StandardCharsets.UTF_16LE))).isEqualTo(DetectedFormat.CAMT);
            assertThat(FormatDetector.detect(xml.getBytes(StandardCharsets.UTF_16BE))).isEqualTo(DetectedFormat.CAMT);
        }

        @Test
        void an_mt940_in_utf16_is_mt() {
            assertThat(FormatDetector.detect("{1:F01BANK}\r\n:20:X".getBytes(StandardCharsets.UTF_16)))
                    .isEqualTo(DetectedFormat.MT);
        }
    }

    @Nested
    class Text {
        @Test
        void text_with_a_utf16_bom_is_decoded_as_utf16_of_that_byte_order() {
            String text = ":20:Müller€";
            assertThat(TextDecoding.decode(text.getBytes(StandardCharsets.UTF_16))).isEqualTo(text);
            byte[] littleEndian = concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, text.getBytes(StandardCharsets.UTF_16LE));
            assertThat(TextDecoding.decode(littleEndian)).isEqualTo(text);
        }

        @Test
        void utf8_with_or_without_bom_and_latin1_keep_their_meaning() {
            String text = ":86:Müller";
            assertThat(TextDecoding.decode(concat(UTF8_BOM, text.getBytes(StandardCharsets.UTF_8)))).isEqualTo(text);
            assertThat(TextDecoding.decode(text.getBytes(StandardCharsets.UTF_8))).isEqualTo(text);
            assertThat(TextDecoding.decode(text.getBytes(Charset.forName("ISO-8859-1")))).isEqualTo(text);
        }
    }
}
