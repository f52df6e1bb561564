package bank.ledger.domain.statement.api;

/**
 * Something odd the bank's file showed, recorded with the statement or one of its lines: a stable
 * camelCase {@code code} (docs/connectors.md lists them), the 1-based line of the file (0: the whole
 * file or statement) and a message quoting the bank's text.
 */
public record StatementWarning(String code, int line, String message) {
}
