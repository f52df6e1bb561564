package bank.ledger.domain.refusal;

import java.util.regex.Pattern;

/**
 * Text the ledger accepts: what PostgreSQL, the dead-letter queue, JSON and HTTP headers can all carry
 * unchanged. No U+0000 (PostgreSQL text cannot store it), no unpaired surrogate (not encodable as
 * UTF-8), no control character (C0, DEL, C1). Free-text fields (descriptions, reasons, metadata values)
 * may also hold line breaks and tabs ({@code \n}, {@code \r}, {@code \t}); every other field is one line.
 * Client-chosen ids have one charset, {@link #ID}, safe in a URL path, a header and a log line.
 */
public final class TextRules {
    public static final int ID_LENGTH_MAX = 128;
    /** Letters, digits and {@code . _ : @ ~ -}, starting with a letter or digit (so never {@code .} or {@code ..}). */
    public static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._:@~-]{0," + (ID_LENGTH_MAX - 1) + "}");
    /** What {@link #clean} puts in place of a character the ledger does not store. */
    public static final char REPLACEMENT = '\uFFFD';

    private TextRules() {
    }

    public static boolean isId(String value) {
        return value != null && ID.matcher(value).matches();
    }

    /** A required id: missing or too long is {@code invalidField}, outside the charset {@code invalidId}. */
    public static void requireId(String value, String field) {
        if (value == null || value.isBlank() || value.length() > ID_LENGTH_MAX) {
            throw Fields.invalid(field, field + " is required, at most " + ID_LENGTH_MAX + " characters");
        }
        if (!isId(value)) {
            throw LedgerRefusal.of(RefusalCode.INVALID_ID, field,
                    field + " is letters, digits and . _ : @ ~ - (starting with a letter or digit)");
        }
    }

    public static void optionalId(String value, String field) {
        if (value != null) {
            requireId(value, field);
        }
    }

    /** One line of text: no control character at all. Null passes (presence is the caller's rule). */
    public static void requireLine(String value, String field) {
        refuseAt(value, field, firstForbidden(value, false));
    }

    /** Free text: line breaks and tabs allowed, nothing else below U+0020. Null passes. */
    public static void requireFreeText(String value, String field) {
        refuseAt(value, field, firstForbidden(value, true));
    }

    /**
     * Text from outside that must be recorded, not refused (bank statement lines): every character the
     * ledger does not store becomes U+FFFD, line breaks and tabs a space.
     */
    public static String clean(String value) {
        if (value == null || firstForbidden(value, false) < 0) {
            return value;
        }
        StringBuilder cleaned = new StringBuilder(value.length());
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < value.length() && Character.isLowSurrogate(value.charAt(i + 1))) {
                cleaned.append(c).append(value.charAt(++i));
            } else if (c == '\n' || c == '\r' || c == '\t') {
                cleaned.append(' ');
            } else {
                cleaned.append(isControl(c) || Character.isSurrogate(c) ? REPLACEMENT : c);
            }
        }
        return cleaned.toString();
    }

    /** The index of the first character the field cannot hold, or -1. */
    public static int firstForbidden(String value, boolean lineBreaksAllowed) {
        if (value == null) {
            return -1;
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < value.length() && Character.isLowSurrogate(value.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)
                    || isControl(c) && !(lineBreaksAllowed && (c == '\n' || c == '\r' || c == '\t'))) {
                return i;
            }
        }
        return -1;
    }

    /** C0 controls, DEL and C1 controls. */
    static boolean isControl(char c) {
        return c < 0x20 || c >= 0x7F && c <= 0x9F;
    }

    private static void refuseAt(String value, String field, int index) {
        if (index >= 0) {
            throw LedgerRefusal.of(RefusalCode.INVALID_TEXT, field, String.format(
                    "%s holds a character the ledger does not store (U+%04X at index %d)", field,
                    (int) value.charAt(index), index));
        }
    }
}
