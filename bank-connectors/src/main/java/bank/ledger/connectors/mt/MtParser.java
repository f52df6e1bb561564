package bank.ledger.connectors.mt;

import bank.ledger.connectors.statement.ParseLimits;
import bank.ledger.connectors.statement.ParsedFile;
import bank.ledger.connectors.statement.Problems;
import bank.ledger.connectors.statement.Statement;
import bank.ledger.connectors.statement.StatementParseException;
import bank.ledger.connectors.statement.TextDecoding;
import java.util.ArrayList;
import java.util.List;

/** SWIFT MT940 (customer statement) and MT942 (interim transaction report) files. */
public final class MtParser {
    private final ParseLimits limits;

    public MtParser(ParseLimits limits) {
        this.limits = limits;
    }

    public ParsedFile parse(String file, byte[] content) throws StatementParseException {
        Problems problems = new Problems(limits.maxErrors());
        List<MtMessage> messages = new MtTokenizer(problems).tokenize(TextDecoding.decode(content));
        if (messages.isEmpty()) {
            problems.add(0, "no MT940/MT942 message found (no :20: field)");
        }
        if (messages.size() > limits.maxStatements()) {
            problems.add(messages.get(limits.maxStatements()).line(),
                    "more than " + limits.maxStatements() + " statements in one file");
            throw new StatementParseException(file, problems.errors());
        }
        MtStatementReader reader = new MtStatementReader(limits, problems);
        List<Statement> statements = new ArrayList<>();
        for (MtMessage message : messages) {
            Statement statement = reader.read(message);
            if (statement != null) {
                statements.add(statement);
            }
            if (problems.full()) {
                break;
            }
        }
        problems.throwIfAny(file);
        return new ParsedFile(file, formatOf(statements), statements);
    }

    private static String formatOf(List<Statement> statements) {
        return String.join("+", statements.stream().map(Statement::format).distinct().toList());
    }
}
