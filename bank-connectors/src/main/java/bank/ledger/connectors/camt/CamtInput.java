package bank.ledger.connectors.camt;

import bank.ledger.connectors.statement.Amounts;
import bank.ledger.connectors.statement.TextDecoding;
import bank.ledger.connectors.statement.Warning;
import bank.ledger.connectors.statement.WarningCodes;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The bytes of a camt file to an element tree. The XML parser decodes by the BOM and the prolog's declared
 * encoding (UTF-8, UTF-16, ISO-8859-1, Windows-1252). What banks get wrong is repaired and flagged: text
 * before the prolog (an export header, blank lines) is skipped, and bytes that do not fit the declared
 * encoding (Windows-1252 umlauts in a file declared UTF-8) are read again as Windows-1252.
 */
final class CamtInput {
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private CamtInput() {
    }

    static XmlTreeReader.Tree read(byte[] content, long maxElements, List<Warning> warnings) {
        int start = TextDecoding.bomLength(content);
        Charset bom = TextDecoding.bomCharset(content);
        int skipLines = 0;
        if (bom == null || bom == StandardCharsets.UTF_8) {
            int lt = indexOf(content, start, (byte) '<');
            if (lt > start) {
                String skipped = new String(content, start, lt - start, StandardCharsets.ISO_8859_1);
                skipLines = (int) skipped.chars().filter(c -> c == '\n').count();
                if (!skipped.isBlank() || startsWith(content, lt, "<?xml")) {
                    warnings.add(new Warning(WarningCodes.TEXT_OUTSIDE_XML, 1, "text before the XML skipped: "
                            + Amounts.quote(skipped.strip().isEmpty() ? "(" + (lt - start) + " blank characters)"
                            : skipped.strip())));
                }
                start = lt;
            }
        }
        XmlTreeReader reader = new XmlTreeReader(maxElements, skipLines);
        XmlTreeReader.Tree tree = reader.read(new ByteArrayInputStream(content, start, content.length - start));
        if (tree.stop() != null && tree.stop().encoding() && (bom == null || bom == StandardCharsets.UTF_8)) {
            String text = new String(content, start, content.length - start, WINDOWS_1252);
            XmlTreeReader.Tree again = reader.read(new StringReader(text));
            if (again.root() != null && (again.stop() == null || !again.stop().encoding())) {
                warnings.add(new Warning(WarningCodes.ENCODING_MISMATCH, tree.stop().line(), "the bytes do not fit the"
                        + " declared encoding (" + tree.stop().reason() + "); the file was read as Windows-1252"));
                return again;
            }
        }
        return tree;
    }

    private static boolean startsWith(byte[] content, int at, String ascii) {
        if (content.length - at < ascii.length()) {
            return false;
        }
        for (int i = 0; i < ascii.length(); i++) {
            if (content[at + i] != ascii.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    private static int indexOf(byte[] content, int from, byte wanted) {
        for (int i = from; i < content.length; i++) {
            if (content[i] == wanted) {
                return i;
            }
        }
        return -1;
    }
}
