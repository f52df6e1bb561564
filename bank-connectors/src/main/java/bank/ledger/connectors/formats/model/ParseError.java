package bank.ledger.connectors.formats.model;

/** One thing wrong in a file, at a 1-based line (0 when it concerns the whole file). */
public record ParseError(int line, String message) {
    public String describe(String file) {
        return line > 0 ? file + ":" + line + ": " + message : file + ": " + message;
    }
}
