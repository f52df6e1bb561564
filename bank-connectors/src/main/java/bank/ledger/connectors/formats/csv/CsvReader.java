package bank.ledger.connectors.formats.csv;

import bank.ledger.connectors.formats.model.Warning;
import bank.ledger.connectors.formats.model.WarningCodes;
import java.util.ArrayList;
import java.util.List;

/**
 * RFC 4180 records with a given delimiter; quotes may hold delimiters, doubled quotes and line breaks.
 * A quote inside an unquoted field is kept as text. One pass, no backtracking: linear in the text.
 */
final class CsvReader {
    private final char delimiter;
    private final char quote;

    CsvReader(char delimiter, char quote) {
        this.delimiter = delimiter;
        this.quote = quote;
    }

    /** All records, blank lines left out; an unclosed quote is flagged and its text kept as the last field. */
    List<CsvRecord> read(String text, List<Warning> warnings) {
        return read(text, Integer.MAX_VALUE, warnings);
    }

    /** At most {@code maxRecords} records (for sniffing the layout from the head of a file). */
    List<CsvRecord> read(String text, int maxRecords, List<Warning> warnings) {
        List<CsvRecord> records = new ArrayList<>();
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        int line = 1;
        int recordLine = 1;
        int quoteLine = 0;
        boolean blank = true; // the field so far holds only blanks: a quote may still open it
        for (int i = 0; i < text.length() && records.size() < maxRecords; i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == quote && i + 1 < text.length() && text.charAt(i + 1) == quote) {
                    field.append(quote);
                    i++;
                } else if (c == quote) {
                    quoted = false;
                } else {
                    if (c == '\n' || c == '\r' && (i + 1 >= text.length() || text.charAt(i + 1) != '\n')) {
                        line++;
                    }
                    field.append(c);
                }
            } else if (c == quote && blank) {
                quoted = true;
                blank = false;
                field.setLength(0);
                quoteLine = line;
            } else if (c == delimiter) {
                fields.add(field.toString());
                field.setLength(0);
                blank = true;
            } else if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                fields.add(field.toString());
                field.setLength(0);
                blank = true;
                addRecord(records, recordLine, fields);
                fields = new ArrayList<>();
                line++;
                recordLine = line;
            } else {
                blank &= Character.isWhitespace(c);
                field.append(c);
            }
        }
        if (quoted && records.size() < maxRecords) {
            warnings.add(new Warning(WarningCodes.CSV_UNCLOSED_QUOTE, quoteLine,
                    "a quoted field opened here is never closed; the rest of the file was read as its text"));
        }
        if (records.size() < maxRecords) {
            fields.add(field.toString());
            addRecord(records, recordLine, fields);
        }
        return records;
    }

    /** Blank lines and lines of empty fields only (";;;;") are no records. */
    private static void addRecord(List<CsvRecord> records, int line, List<String> fields) {
        if (fields.stream().allMatch(String::isBlank)) {
            return;
        }
        records.add(new CsvRecord(line, fields));
    }
}
