package bank.ledger.connectors.formats.model;

/**
 * Bounds on what one file may hold, so that a hostile or broken upload cannot exhaust memory.
 * Real end-of-day statements of busy accounts reach tens of thousands of entries, hence the defaults.
 */
public record ParseLimits(long maxFileBytes, int maxStatements, int maxEntriesPerStatement, int maxErrors) {
    public static final long DEFAULT_MAX_FILE_BYTES = 50L * 1024 * 1024;

    public static ParseLimits defaults() {
        return new ParseLimits(DEFAULT_MAX_FILE_BYTES, 10_000, 200_000, 100);
    }

    public ParseLimits {
        if (maxFileBytes <= 0 || maxStatements <= 0 || maxEntriesPerStatement <= 0 || maxErrors <= 0) {
            throw new IllegalArgumentException("limits must be positive");
        }
    }

    public ParseLimits withMaxFileBytes(long bytes) {
        return new ParseLimits(bytes, maxStatements, maxEntriesPerStatement, maxErrors);
    }

    public ParseLimits withMaxEntriesPerStatement(int entries) {
        return new ParseLimits(maxFileBytes, maxStatements, entries, maxErrors);
    }
}
