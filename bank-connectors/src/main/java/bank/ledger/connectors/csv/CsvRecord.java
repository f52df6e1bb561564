package bank.ledger.connectors.csv;

import java.util.List;

/** One CSV record and the line it starts on (a quoted field may span lines). */
record CsvRecord(int line, List<String> fields) {
}
