package bank.ledger.connectors.formats.mt;

import bank.ledger.connectors.formats.model.ParseError;
import bank.ledger.connectors.formats.model.ParseLimits;
import bank.ledger.connectors.formats.model.ParsedFile;
import bank.ledger.connectors.formats.model.Statement;
import bank.ledger.connectors.formats.model.StatementParseException;
import bank.ledger.connectors.formats.model.WarningCodes;
import java.util.ArrayList;
import java.util.List;

/**
 * SWIFT MT940 (customer statement), MT942 (interim transaction report) and MT950 files as banks really write
 * them. Liberal: every message that states a currency gives a statement, with what was odd as warnings; the
 * file is refused only when not one statement can be read. Time and memory are linear in the file's size:
 * no pattern backtracks, nothing recurses, and warnings per code are capped.
 */
public final class MtParser {
    private final ParseLimits limits;

    public MtParser(ParseLimits limits) {
        this.limits = limits;
    }

    public ParsedFile parse(String file, byte[] content) throws StatementParseException {
        Flags flags = new Flags(limits.maxErrors());
        // a message of more fields than two per allowed entry (":61:" and ":86:") plus its others is refused anyway
        int maxFields = 2 * limits.maxEntriesPerStatement() + 1000;
        List<MtMessage> messages = new MtTokenizer(flags, limits.maxStatements(), maxFields)
                .tokenize(MtText.decode(content, flags));
        if (messages.stream().anyMatch(m -> m.fields().size() > maxFields)) {
            throw new StatementParseException(file, List.of(new ParseError(0, "a message with more than " + maxFields
                    + " fields, beyond the limit of " + limits.maxEntriesPerStatement() + " entries per statement")));
        }
        if (messages.size() > limits.maxStatements()) {
            throw new StatementParseException(file, List.of(new ParseError(messages.get(limits.maxStatements()).line(),
                    "more than " + limits.maxStatements() + " statements in one file")));
        }
        MtStatementReader reader = new MtStatementReader(file, limits);
        List<Statement> statements = new ArrayList<>();
        List<ParseError> reasons = new ArrayList<>();
        for (MtMessage message : messages) {
            int before = reasons.size();
            Statement statement = reader.read(message, reasons);
            if (statement != null) {
                statements.add(statement);
            } else {
                reasons.subList(before, reasons.size()).forEach(r -> flags.add(WarningCodes.UNREADABLE_MESSAGE, r.line(),
                        r.message() + "; the message is skipped"));
            }
        }
        if (statements.isEmpty()) {
            throw new StatementParseException(file, refusal(messages, reasons));
        }
        return new ParsedFile(file, formatOf(statements), statements, flags.list());
    }

    private List<ParseError> refusal(List<MtMessage> messages, List<ParseError> reasons) {
        List<ParseError> errors = new ArrayList<>();
        if (messages.isEmpty()) {
            errors.add(new ParseError(0, "no MT940/MT942 message found (no field such as :20: or :61:)"));
        }
        errors.addAll(reasons.subList(0, Math.min(reasons.size(), limits.maxErrors())));
        return errors;
    }

    private static String formatOf(List<Statement> statements) {
        return String.join("+", statements.stream().map(Statement::format).distinct().toList());
    }
}
