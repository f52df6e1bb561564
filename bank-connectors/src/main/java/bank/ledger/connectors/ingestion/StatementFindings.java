package bank.ledger.connectors.ingestion;

import bank.ledger.connectors.formats.model.ParsedFile;
import bank.ledger.connectors.formats.model.Statement;
import bank.ledger.connectors.formats.model.Warning;
import bank.ledger.connectors.formats.validation.StatementValidator;
import bank.ledger.connectors.formats.validation.ValidationIssue;
import bank.ledger.domain.statement.api.StatementWarning;
import java.util.ArrayList;
import java.util.List;

/**
 * What is recorded as odd about each statement of a file: the file's own warnings (text outside any
 * message), the statement's, and the validator's findings (balances that do not add up, totals, numbering,
 * chaining) as warnings under their camelCase codes. None of them refuses the file: the bank's figures are
 * facts to record and flag, and a statement whose balances do not add up is recorded as unproven.
 */
record StatementFindings(List<StatementWarning> warnings, Long differenceMinor) {
    /** The most warnings one statement header carries; the CLI shows them all (a header is one event). */
    static final int WARNINGS_MAX = 100;
    /** The longest warning message recorded; readers quote at most 60 characters of the bank's text. */
    static final int MESSAGE_MAX = 500;

    /** One per statement of the file, in file order. */
    static List<StatementFindings> of(ParsedFile file) {
        List<ValidationIssue> issues = StatementValidator.validate(List.of(file));
        List<StatementFindings> all = new ArrayList<>(file.statements().size());
        for (int i = 0; i < file.statements().size(); i++) {
            Statement statement = file.statements().get(i);
            List<StatementWarning> warnings = new ArrayList<>(recorded(file.warnings()));
            warnings.addAll(recorded(statement.warnings()));
            Long difference = null;
            for (ValidationIssue issue : issues) {
                if (issue.statementIndex() == i) {
                    warnings.add(new StatementWarning(issue.warningCode(), statement.line(), issue.message()));
                    difference = issue.differenceMinor() != null ? issue.differenceMinor() : difference;
                }
            }
            all.add(new StatementFindings(warnings.size() > WARNINGS_MAX ? warnings.subList(0, WARNINGS_MAX) : warnings,
                    difference));
        }
        return all;
    }

    /** A reader's warnings as the domain records them, the message cleaned and cut like any bank text. */
    static List<StatementWarning> recorded(List<Warning> warnings) {
        List<StatementWarning> out = new ArrayList<>(Math.min(warnings.size(), WARNINGS_MAX));
        for (Warning w : warnings) {
            if (out.size() == WARNINGS_MAX) {
                break;
            }
            out.add(new StatementWarning(w.code(), Math.max(0, w.line()), StatementLines.cut(w.message(), MESSAGE_MAX)));
        }
        return out;
    }
}
