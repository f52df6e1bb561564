package bank.ledger.connectors.formats.model;

import java.util.List;

/**
 * What one file held: its detected format, its statements in file order, and what was odd about the
 * file outside any statement (text before the first message, an unknown block), each with its line.
 */
public record ParsedFile(String file, String format, List<Statement> statements, List<Warning> warnings) {
    public ParsedFile {
        statements = List.copyOf(statements);
        warnings = warnings == null ? List.of() : List.copyOf(warnings);
    }

    public ParsedFile(String file, String format, List<Statement> statements) {
        this(file, format, statements, List.of());
    }
}
