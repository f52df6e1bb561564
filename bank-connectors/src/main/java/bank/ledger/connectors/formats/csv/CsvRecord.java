package bank.ledger.connectors.formats.csv;

import java.util.List;

/** One CSV record and the line it starts on (a quoted field may span lines). */
record CsvRecord(int line, List<String> fields) {
    /** The record as the bank wrote it, roughly: for quoting in a warning. */
    String raw(char delimiter) {
        return String.join(String.valueOf(delimiter), fields);
    }

    /** The first non-blank field, stripped, or "" when there is none. */
    String first() {
        return fields.stream().map(String::strip).filter(s -> !s.isEmpty()).findFirst().orElse("");
    }
}
