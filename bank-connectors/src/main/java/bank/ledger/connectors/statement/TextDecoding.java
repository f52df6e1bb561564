package bank.ledger.connectors.statement;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Text files from banks come in UTF-8 or, still often, ISO-8859-1 / Windows-1252. UTF-8 is tried
 * strictly first; bytes that are not valid UTF-8 mean a single-byte legacy encoding.
 */
public final class TextDecoding {
    private TextDecoding() {
    }

    public static String decode(byte[] content) {
        int start = content.length >= 3 && (content[0] & 0xFF) == 0xEF && (content[1] & 0xFF) == 0xBB
                && (content[2] & 0xFF) == 0xBF ? 3 : 0;
        ByteBuffer bytes = ByteBuffer.wrap(content, start, content.length - start);
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(bytes).toString();
        } catch (CharacterCodingException notUtf8) {
            return new String(content, start, content.length - start, StandardCharsets.ISO_8859_1);
        }
    }
}
