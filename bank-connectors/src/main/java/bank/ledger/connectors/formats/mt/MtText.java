package bank.ledger.connectors.formats.mt;

import bank.ledger.connectors.formats.model.Amounts;
import bank.ledger.connectors.formats.model.TextDecoding;
import bank.ledger.connectors.formats.model.WarningCodes;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * The bytes of an MT file as text. SWIFT's character set is ASCII, but bank exports carry UTF-8, Windows-1252
 * (German umlauts) or, from Russian banks' 1C exports, Windows-1251 Cyrillic. A BOM or valid UTF-8 decides;
 * otherwise the encoding is guessed and flagged {@code legacyEncoding}: Cyrillic words are runs of bytes
 * 0xC0-0xFF, which Western European text almost never has (its accented letters stand between ASCII ones).
 */
final class MtText {
    private static final Charset CP1251 = Charset.forName("windows-1251");
    private static final Charset CP1252 = Charset.forName("windows-1252");

    private MtText() {
    }

    static String decode(byte[] content, Flags flags) {
        if (TextDecoding.bomCharset(content) != null || isUtf8(content)) {
            return TextDecoding.decode(content);
        }
        Charset guess = looksCyrillic(content) ? CP1251 : CP1252;
        flags.add(WarningCodes.LEGACY_ENCODING, 0, "the file is not UTF-8; read as " + guess.name()
                + (guess == CP1251 ? " (its non-ASCII bytes form Cyrillic words)" : " (Western European)")
                + "; check names and texts with accents");
        return new String(content, guess);
    }

    private static boolean isUtf8(byte[] content) {
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(content));
            return true;
        } catch (CharacterCodingException notUtf8) {
            return false;
        }
    }

    /** Most high bytes stand in runs of three or more letters 0xC0-0xFF: words in Windows-1251. */
    static boolean looksCyrillic(byte[] content) {
        int high = 0;
        int inWords = 0;
        int run = 0;
        for (int i = 0; i <= content.length; i++) {
            int b = i < content.length ? content[i] & 0xFF : 0;
            if (b >= 0x80) {
                high++;
            }
            if (b >= 0xC0) {
                run++;
            } else {
                inWords += run >= 3 ? run : 0;
                run = 0;
            }
        }
        return high >= 3 && inWords * 10 >= high * 6;
    }

    /**
     * Tabs become spaces; other control characters are replaced and flagged. Trailing blanks stay: in a
     * line the bank cut at a fixed width the last one may be the space between two words; values strip them.
     */
    static String clean(String raw, int number, Flags flags) {
        StringBuilder b = new StringBuilder(raw.length());
        boolean replaced = false;
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == '\t') {
                b.append(' ');
            } else if (c == '\u0001' || c == '\u0003' || c >= ' ' && c != '\u007F' && !(c >= '\u0080' && c < '\u00A0')
                    && !Character.isSurrogate(c)) {
                b.append(c);
            } else if (Character.isHighSurrogate(c) && i + 1 < raw.length() && Character.isLowSurrogate(raw.charAt(i + 1))) {
                b.append(c).append(raw.charAt(++i));
            } else {
                b.append('\uFFFD');
                replaced = true;
            }
        }
        if (replaced) {
            flags.add(WarningCodes.TEXT_REPLACED, number, "control characters replaced by U+FFFD: " + Amounts.quote(b.toString()));
        }
        return b.toString();
    }
}
