package bank.ledger.connectors.formats.detect;

import bank.ledger.connectors.formats.model.TextDecoding;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

/**
 * Format from content, never from the file name: XML means camt (the parser then checks the camt
 * namespace and version), a FIN header "{1:" or a tag line such as ":20:" or ":25:" anywhere in the first
 * 4 KiB (bank export headers come before it) means MT940/MT942. Anything else may be CSV:
 * {@link StatementFileParser} then looks for the header of a known bank's export, or uses the profile
 * the user named.
 */
public final class FormatDetector {
    private static final int SNIFF_BYTES = 4096;
    /**
     * A block-4 tag at a line start (after export header lines such as "ABNANL2A" or ":940:"), after "{4:"
     * or after the "@@" some exports use for line breaks; spaces or tabs before it are allowed.
     */
    private static final Pattern MT_TAG = Pattern.compile("(?m)(?:^|@@|\\{4:)[ \t]*:(?:20|25|28C|60F|61):");

    private FormatDetector() {
    }

    public static DetectedFormat detect(byte[] content) {
        String head = head(content);
        String trimmed = head.stripLeading();
        if (trimmed.startsWith("<")) {
            return DetectedFormat.CAMT;
        }
        if (trimmed.startsWith("{1:") || trimmed.startsWith("{4:") || MT_TAG.matcher(head).find()) {
            return DetectedFormat.MT;
        }
        // an export header or a blank line before the prolog: the camt reader skips it and says so
        if (head.contains("<?xml") || head.contains("BkToCstmr")) {
            return DetectedFormat.CAMT;
        }
        return DetectedFormat.UNKNOWN;
    }

    /**
     * The first bytes as text: in the encoding a BOM names, in UTF-16 when the first character is ASCII
     * with a zero byte beside it (XML's own autodetection, for a UTF-16 file without a BOM), else byte
     * for byte (the markers looked for are ASCII).
     */
    private static String head(byte[] content) {
        int length = Math.min(content.length, SNIFF_BYTES);
        int start = TextDecoding.bomLength(content);
        Charset charset = TextDecoding.bomCharset(content);
        if (charset == null && length >= 2 && content[0] == 0 && content[1] != 0) {
            charset = StandardCharsets.UTF_16BE;
        } else if (charset == null && length >= 2 && content[0] != 0 && content[1] == 0) {
            charset = StandardCharsets.UTF_16LE;
        }
        if (charset == null || charset == StandardCharsets.UTF_8) {
            charset = StandardCharsets.ISO_8859_1;
        }
        return new String(content, start, length - start, charset);
    }
}
