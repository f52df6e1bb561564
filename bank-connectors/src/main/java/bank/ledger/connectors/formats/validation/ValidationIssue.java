package bank.ledger.connectors.formats.validation;

/**
 * A finding about parsed statements. Errors mean the numbers do not add up or do not chain; warnings
 * (sequence gaps) mean something may be missing, which the operator must look at but which can be legal.
 * The CLI prints {@code code}, {@code severity} and {@code message} as they are; the ingestion pipeline
 * records every finding as a statement warning under {@link #warningCode()} and refuses none.
 *
 * @param differenceMinor for BALANCE_MISMATCH: the closing balance minus opening plus booked entries, in minor
 *                        units of the statement's currency; else null
 */
public record ValidationIssue(String file, int statementIndex, String statementId, Severity severity,
                              String code, String message, Long differenceMinor) {
    public enum Severity { ERROR, WARNING }

    public ValidationIssue(String file, int statementIndex, String statementId, Severity severity, String code,
                           String message) {
        this(file, statementIndex, statementId, severity, code, message, null);
    }

    /**
     * The stable camelCase warning code of this finding (WarningCodes): BALANCE_MISMATCH is balanceMismatch.
     * Derived from {@code code}, which the CLI prints and the corpus expectations hold, so the two never drift.
     */
    public String warningCode() {
        return camelCase(code);
    }

    private static String camelCase(String upperSnake) {
        StringBuilder out = new StringBuilder();
        for (String word : upperSnake.toLowerCase(java.util.Locale.ROOT).split("_")) {
            out.append(out.isEmpty() || word.isEmpty() ? word
                    : Character.toUpperCase(word.charAt(0)) + word.substring(1));
        }
        return out.toString();
    }
}
