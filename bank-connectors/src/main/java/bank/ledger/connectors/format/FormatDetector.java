package bank.ledger.connectors.format;

import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

/**
 * Format from content, never from the file name: XML means camt (the parser then checks the camt
 * namespace and version), a FIN header "{1:" or a ":20:" tag line means MT940/MT942. CSV cannot be
 * told from content reliably, so it is chosen by naming a profile.
 */
public final class FormatDetector {
    private static final int SNIFF_BYTES = 4096;
    private static final Pattern MT_TAG = Pattern.compile("(?m)^:20:");

    private FormatDetector() {
    }

    public static DetectedFormat detect(byte[] content) {
        String head = new String(content, 0, Math.min(content.length, SNIFF_BYTES), StandardCharsets.ISO_8859_1);
        String trimmed = head.replace("\u00EF\u00BB\u00BF", "").stripLeading();
        if (trimmed.startsWith("<")) {
            return DetectedFormat.CAMT;
        }
        if (trimmed.startsWith("{1:") || trimmed.startsWith("{4:") || MT_TAG.matcher(head).find()) {
            return DetectedFormat.MT;
        }
        return DetectedFormat.UNKNOWN;
    }
}
