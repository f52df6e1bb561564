package bank.ledger.connectors.formats.model;

import java.util.List;

/** A file could not be read; carries every error found, not only the first. */
public class StatementParseException extends Exception {
    private final String file;
    private final List<ParseError> errors;

    public StatementParseException(String file, List<ParseError> errors) {
        super(errors.isEmpty() ? file : errors.get(0).describe(file) + (errors.size() > 1
                ? " (and " + (errors.size() - 1) + " more)" : ""));
        this.file = file;
        this.errors = List.copyOf(errors);
    }

    public String file() {
        return file;
    }

    public List<ParseError> errors() {
        return errors;
    }
}
