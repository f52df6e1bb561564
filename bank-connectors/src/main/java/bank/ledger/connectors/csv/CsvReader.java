package bank.ledger.connectors.csv;

import bank.ledger.connectors.statement.Problems;
import java.util.ArrayList;
import java.util.List;

/** RFC 4180 records with a configurable delimiter; quotes may hold delimiters, "" and line breaks. */
final class CsvReader {
    private final char delimiter;
    private final char quote;

    CsvReader(char delimiter, char quote) {
        this.delimiter = delimiter;
        this.quote = quote;
    }

    List<CsvRecord> read(String text, Problems problems) {
        List<CsvRecord> records = new ArrayList<>();
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        int line = 1;
        int recordLine = 1;
        int quoteLine = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == quote && i + 1 < text.length() && text.charAt(i + 1) == quote) {
                    field.append(quote);
                    i++;
                } else if (c == quote) {
                    quoted = false;
                } else {
                    if (c == '\n') {
                        line++;
                    }
                    field.append(c);
                }
            } else if (c == quote && field.length() == 0) {
                quoted = true;
                quoteLine = line;
            } else if (c == delimiter) {
                fields.add(field.toString());
                field.setLength(0);
            } else if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                fields.add(field.toString());
                field.setLength(0);
                addRecord(records, recordLine, fields);
                fields = new ArrayList<>();
                line++;
                recordLine = line;
            } else {
                field.append(c);
            }
        }
        if (quoted) {
            problems.add(quoteLine, "quoted field is never closed");
        }
        fields.add(field.toString());
        addRecord(records, recordLine, fields);
        return records;
    }

    /** Blank lines (often the last one) are not records. */
    private static void addRecord(List<CsvRecord> records, int line, List<String> fields) {
        if (fields.size() == 1 && fields.get(0).isBlank()) {
            return;
        }
        records.add(new CsvRecord(line, fields));
    }
}
