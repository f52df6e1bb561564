package bank.ledger.connectors.formats.model;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Text files from banks come in UTF-8 or, still often, ISO-8859-1 / Windows-1252, and some systems write
 * UTF-16 with a byte order mark. A BOM decides (UTF-8, UTF-16 big or little endian); without one UTF-8
 * is tried strictly first, and bytes that are not valid UTF-8 mean a single-byte legacy encoding.
 */
public final class TextDecoding {
    private TextDecoding() {
    }

    /** The encoding a byte order mark at the start names, or null when there is none. */
    public static Charset bomCharset(byte[] content) {
        if (content.length >= 3 && (content[0] & 0xFF) == 0xEF && (content[1] & 0xFF) == 0xBB
                && (content[2] & 0xFF) == 0xBF) {
            return StandardCharsets.UTF_8;
        }
        if (content.length >= 2 && (content[0] & 0xFF) == 0xFE && (content[1] & 0xFF) == 0xFF) {
            return StandardCharsets.UTF_16BE;
        }
        if (content.length >= 2 && (content[0] & 0xFF) == 0xFF && (content[1] & 0xFF) == 0xFE) {
            return StandardCharsets.UTF_16LE;
        }
        return null;
    }

    /** Bytes of the byte order mark at the start (0 without one). */
    public static int bomLength(byte[] content) {
        Charset bom = bomCharset(content);
        return bom == null ? 0 : bom == StandardCharsets.UTF_8 ? 3 : 2;
    }

    public static String decode(byte[] content) {
        int start = bomLength(content);
        Charset bom = bomCharset(content);
        if (bom != null && bom != StandardCharsets.UTF_8) {
            return new String(content, start, content.length - start, bom);
        }
        ByteBuffer bytes = ByteBuffer.wrap(content, start, content.length - start);
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(bytes).toString();
        } catch (CharacterCodingException notUtf8) {
            return new String(content, start, content.length - start, StandardCharsets.ISO_8859_1);
        }
    }
}
