package bank.ledger.connectors.formats.camt;

import bank.ledger.connectors.formats.model.Amounts;
import bank.ledger.connectors.formats.model.TextDecoding;
import bank.ledger.connectors.formats.model.Warning;
import bank.ledger.connectors.formats.model.WarningCodes;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The bytes of a camt file to element trees. The XML parser decodes by the BOM and the prolog's declared
 * encoding (UTF-8, UTF-16, ISO-8859-1, Windows-1252). What banks get wrong is repaired and flagged: text
 * before the prolog (an export header, blank lines) is skipped; files appended to one another (a second
 * {@code <?xml ...?>} prolog) are read one by one; bytes that do not fit the declared encoding (Windows-1252
 * umlauts in a file declared UTF-8) or an encoding name the parser does not know are decoded again here.
 */
final class CamtInput {
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    private static final int MAX_DOCUMENTS = 1_000;
    private static final Pattern DECLARED = Pattern.compile("ENCODING\\s*=\\s*[\"']([A-Z0-9_.:-]{1,40})[\"']");
    private static final Pattern SINGLE_BYTE = Pattern.compile("ISO[-_]?8859[-_]\\d{1,2}|(WINDOWS|CP)-?125\\d|LATIN-?\\d");
    private static final Pattern LATIN1 = Pattern.compile("ISO[-_]?8859[-_]1|LATIN-?1");

    private CamtInput() {
    }

    static List<XmlTreeReader.Tree> read(byte[] content, long maxElements, List<Warning> warnings) {
        int start = TextDecoding.bomLength(content);
        Charset bom = TextDecoding.bomCharset(content);
        boolean utf16 = content.length > start + 1 && (content[start] == 0 || content[start + 1] == 0);
        if (bom != null && bom != StandardCharsets.UTF_8 || utf16) {
            // UTF-16 with a BOM, or without one (a zero byte beside the first character): the parser detects it
            return List.of(new XmlTreeReader(maxElements, 0).read(new ByteArrayInputStream(content)));
        }
        int lt = indexOf(content, start, "<");
        int skipLines = 0;
        if (lt > start) {
            String skipped = new String(content, start, lt - start, StandardCharsets.ISO_8859_1);
            skipLines = lines(content, start, lt);
            if (!skipped.isBlank() || prologAt(content, lt)) {
                warnings.add(new Warning(WarningCodes.TEXT_OUTSIDE_XML, 1, "text before the XML skipped: "
                        + Amounts.quote(skipped.isBlank() ? "(" + (lt - start) + " blank characters)" : skipped.strip())));
            }
            start = lt;
        }
        List<XmlTreeReader.Tree> trees = new ArrayList<>();
        int from = start;
        int offset = skipLines;
        while (from >= 0 && from < content.length) {
            // bounded: past MAX_DOCUMENTS the rest is one segment, which then stops at its second prolog
            int next = trees.size() + 1 < MAX_DOCUMENTS ? nextProlog(content, from + 1) : -1;
            int end = next < 0 ? content.length : next;
            int inside = lines(content, from, end);
            if (next >= 0) {
                warnings.add(new Warning(WarningCodes.SEVERAL_XML_DOCUMENTS, offset + inside + 1,
                        "another XML document starts here (files appended to one another); it is read on its own"));
            }
            trees.add(segment(content, from, end, maxElements, offset, warnings));
            offset += inside;
            from = next;
        }
        if (trees.isEmpty()) {
            trees.add(new XmlTreeReader.Tree(null, new XmlTreeReader.Stop(0, "the file is empty",
                    XmlTreeReader.Kind.SYNTAX), List.of()));
        }
        return trees;
    }

    private static XmlTreeReader.Tree segment(byte[] content, int from, int end, long maxElements, int offset,
                                              List<Warning> warnings) {
        XmlTreeReader reader = new XmlTreeReader(maxElements, offset);
        String declared = declaredSingleByte(content, from);
        if (declared != null && nonAscii(content, from, end) && utf8(content, from, end) != null) {
            warnings.add(new Warning(WarningCodes.ENCODING_MISMATCH, offset + 1, "the prolog declares " + declared
                    + " but the bytes are valid UTF-8 with multi-byte characters; read as UTF-8"));
            return reader.read(new StringReader(utf8(content, from, end)));
        }
        if (declared != null && LATIN1.matcher(declared).matches() && c1Bytes(content, from, end)) {
            warnings.add(new Warning(WarningCodes.ENCODING_MISMATCH, offset + 1, "the prolog declares " + declared
                    + " but the file has bytes 0x80-0x9F, which are Windows-1252 characters (the euro sign, dashes,"
                    + " quotes) in what banks write; read as Windows-1252"));
            return reader.read(new StringReader(new String(content, from, end - from, WINDOWS_1252)));
        }
        XmlTreeReader.Tree tree = reader.read(new ByteArrayInputStream(content, from, end - from));
        if (tree.stop() == null || !tree.stop().encoding()) {
            return tree;
        }
        String text = utf8(content, from, end);
        String charset = text == null ? "Windows-1252" : "UTF-8";
        text = text != null ? text : new String(content, from, end - from, WINDOWS_1252);
        XmlTreeReader.Tree again = reader.read(new StringReader(text));
        if (again.root() == null || again.stop() != null && again.stop().encoding()) {
            return tree;
        }
        warnings.add(new Warning(WarningCodes.ENCODING_MISMATCH, tree.stop().line(), "the declared encoding does not"
                + " read the bytes (" + tree.stop().reason() + "); the file was read as " + charset));
        return again;
    }

    /** The single-byte encoding the prolog declares (ISO-8859-n, Windows-125n, Latin-n), upper case, or null. */
    private static String declaredSingleByte(byte[] content, int from) {
        int close = indexOf(content, from, "?>");
        if (!prologAt(content, from) || close < 0 || close - from > 200) {
            return null;
        }
        String prolog = new String(content, from, close - from, StandardCharsets.US_ASCII).toUpperCase(Locale.ROOT);
        Matcher m = DECLARED.matcher(prolog);
        return m.find() && SINGLE_BYTE.matcher(m.group(1)).matches() ? m.group(1) : null;
    }

    /** The bytes as strict UTF-8, or null when they are not. */
    private static String utf8(byte[] content, int from, int end) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(content, from, end - from))
                    .toString();
        } catch (CharacterCodingException notUtf8) {
            return null;
        }
    }

    private static boolean nonAscii(byte[] content, int from, int end) {
        for (int i = from; i < end; i++) {
            if (content[i] < 0) {
                return true;
            }
        }
        return false;
    }

    private static boolean c1Bytes(byte[] content, int from, int end) {
        for (int i = from; i < end; i++) {
            int b = content[i] & 0xFF;
            if (b >= 0x80 && b <= 0x9F) {
                return true;
            }
        }
        return false;
    }

    /** The next "<?xml" followed by white space (not "<?xml-stylesheet"), from the given index; -1 when none. */
    private static int nextProlog(byte[] content, int from) {
        for (int i = indexOf(content, from, "<?xml"); i >= 0; i = indexOf(content, i + 1, "<?xml")) {
            if (prologAt(content, i)) {
                return i;
            }
        }
        return -1;
    }

    private static boolean prologAt(byte[] content, int at) {
        if (at + 5 >= content.length || indexOf(content, at, "<?xml") != at) {
            return false;
        }
        byte after = content[at + 5];
        return after == ' ' || after == '\t' || after == '\r' || after == '\n';
    }

    private static int lines(byte[] content, int from, int to) {
        int count = 0;
        for (int i = from; i < to; i++) {
            if (content[i] == '\n') {
                count++;
            }
        }
        return count;
    }

    private static int indexOf(byte[] content, int from, String ascii) {
        outer:
        for (int i = Math.max(from, 0); i <= content.length - ascii.length(); i++) {
            for (int j = 0; j < ascii.length(); j++) {
                if (content[i + j] != ascii.charAt(j)) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
