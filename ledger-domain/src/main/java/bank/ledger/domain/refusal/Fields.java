package bank.ledger.domain.refusal;

import java.util.Map;

/** Shape checks on request fields, refusing with {@code invalidField} and the field's path. */
public final class Fields {
    public static final int METADATA_ENTRIES_MAX = 32;
    public static final int METADATA_KEY_LENGTH_MAX = 64;
    public static final int METADATA_VALUE_LENGTH_MAX = 500;

    private Fields() {
    }

    public static void requireText(String value, String field, int lengthMax) {
        if (value == null || value.isBlank() || value.length() > lengthMax) {
            throw invalid(field, field + " is required, at most " + lengthMax + " characters");
        }
    }

    public static void requireLength(String value, String field, int lengthMax) {
        if (value != null && value.length() > lengthMax) {
            throw invalid(field, field + " has at most " + lengthMax + " characters");
        }
    }

    public static void validateMetadata(Map<String, String> metadata, String field) {
        if (metadata.size() > METADATA_ENTRIES_MAX) {
            throw invalid(field, "at most " + METADATA_ENTRIES_MAX + " metadata entries");
        }
        metadata.forEach((key, value) -> {
            requireText(key, field, METADATA_KEY_LENGTH_MAX);
            if (value == null || value.length() > METADATA_VALUE_LENGTH_MAX) {
                throw invalid(field + "." + key,
                        "metadata values are strings of at most " + METADATA_VALUE_LENGTH_MAX + " characters");
            }
        });
    }

    public static LedgerRefusal invalid(String field, String detail) {
        return LedgerRefusal.of(RefusalCode.INVALID_FIELD, field, detail);
    }
}
