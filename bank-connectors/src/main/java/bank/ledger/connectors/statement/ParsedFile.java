package bank.ledger.connectors.statement;

import java.util.List;

/** What one file held: its detected format and its statements, in file order. */
public record ParsedFile(String file, String format, List<Statement> statements) {
    public ParsedFile {
        statements = List.copyOf(statements);
    }
}
