package bank.ledger.connectors.formats.model;

/**
 * Something odd the bank put in a file, read anyway and recorded: a stable camelCase {@code code}
 * (listed in {@link WarningCodes} and docs/connectors.md), the 1-based line of the file it concerns
 * (0 when it concerns the whole file or statement), and what was seen, quoting the bank's raw text.
 */
public record Warning(String code, int line, String message) {
    public Warning {
        if (code == null || code.isBlank()) {
            throw new IllegalArgumentException("a warning has a code");
        }
    }
}
