package bank.ledger.connectors.validation;

/**
 * A finding about parsed statements. Errors mean the numbers do not add up or do not chain; warnings
 * (sequence gaps) mean something may be missing, which the operator must look at but which can be legal.
 */
public record ValidationIssue(String file, int statementIndex, String statementId, Severity severity,
                              String code, String message) {
    public enum Severity { ERROR, WARNING }
}
