package bank.ledger.connectors.formats.model;

import java.util.ArrayList;
import java.util.List;

/**
 * Collects the errors of one file so that a bad line is reported without hiding the ones after it.
 * Stops collecting at the limit: past a hundred errors the file is clearly not what it claims to be.
 */
public final class Problems {
    private final List<ParseError> errors = new ArrayList<>();
    private final int max;
    private boolean truncated;

    public Problems(int max) {
        this.max = max;
    }

    public void add(int line, String message) {
        if (errors.size() < max) {
            errors.add(new ParseError(line, message));
        } else if (!truncated) {
            truncated = true;
            errors.add(new ParseError(0, "more than " + max + " errors, stopped reporting"));
        }
    }

    public boolean full() {
        return errors.size() >= max;
    }

    public boolean isEmpty() {
        return errors.isEmpty();
    }

    public List<ParseError> errors() {
        return List.copyOf(errors);
    }

    public void throwIfAny(String file) throws StatementParseException {
        if (!errors.isEmpty()) {
            throw new StatementParseException(file, errors);
        }
    }
}
