package bank.ledger.domain.refusal;

import java.util.Map;

/**
 * Shape checks on request fields: presence and length refuse with {@code invalidField}, characters
 * the ledger does not store with {@code invalidText} ({@link TextRules}), each with the field's path.
 * {@code …Text} fields are one line; {@code …FreeText} fields may hold line breaks and tabs.
 */
public final class Fields {
    public static final int METADATA_ENTRIES_MAX = 32;
    public static final int METADATA_KEY_LENGTH_MAX = 64;
    public static final int METADATA_VALUE_LENGTH_MAX = 500;

    private Fields() {
    }

    /** Required, one line. */
    public static void requireText(String value, String field, int lengthMax) {
        requirePresent(value, field, lengthMax);
        TextRules.requireLine(value, field);
    }

    /** Optional, one line. */
    public static void requireLength(String value, String field, int lengthMax) {
        requireAtMost(value, field, lengthMax);
        TextRules.requireLine(value, field);
    }

    /** Required, line breaks and tabs allowed. */
    public static void requireFreeText(String value, String field, int lengthMax) {
        requirePresent(value, field, lengthMax);
        TextRules.requireFreeText(value, field);
    }

    /** Optional, line breaks and tabs allowed. */
    public static void optionalFreeText(String value, String field, int lengthMax) {
        requireAtMost(value, field, lengthMax);
        TextRules.requireFreeText(value, field);
    }

    /** Keys are one line; values are free text. */
    public static void validateMetadata(Map<String, String> metadata, String field) {
        if (metadata.size() > METADATA_ENTRIES_MAX) {
            throw invalid(field, "at most " + METADATA_ENTRIES_MAX + " metadata entries");
        }
        metadata.forEach((key, value) -> {
            requirePresent(key, field, METADATA_KEY_LENGTH_MAX);
            TextRules.requireLine(key, field + "." + TextRules.clean(key));
            if (value == null || value.length() > METADATA_VALUE_LENGTH_MAX) {
                throw invalid(field + "." + key,
                        "metadata values are strings of at most " + METADATA_VALUE_LENGTH_MAX + " characters");
            }
            TextRules.requireFreeText(value, field + "." + key);
        });
    }

    public static LedgerRefusal invalid(String field, String detail) {
        return LedgerRefusal.of(RefusalCode.INVALID_FIELD, field, detail);
    }

    private static void requirePresent(String value, String field, int lengthMax) {
        if (value == null || value.isBlank() || value.length() > lengthMax) {
            throw invalid(field, field + " is required, at most " + lengthMax + " characters");
        }
    }

    private static void requireAtMost(String value, String field, int lengthMax) {
        if (value != null && value.length() > lengthMax) {
            throw invalid(field, field + " has at most " + lengthMax + " characters");
        }
    }
}
