package bank.ledger.connectors.statement;

import java.time.DateTimeException;
import java.time.LocalDate;

/** ISO dates and date-times as banks write them; the date part is what a statement line is about. */
public final class Dates {
    private Dates() {
    }

    /** "2024-01-31" or "2024-01-31T10:15:00+01:00" to the date as written; null after recording an error. */
    public static LocalDate isoDate(String text, String what, int line, Problems problems) {
        if (text == null || text.length() < 10) {
            problems.add(line, what + ": expected an ISO date YYYY-MM-DD, got " + Amounts.quote(text));
            return null;
        }
        try {
            return LocalDate.parse(text.substring(0, 10));
        } catch (DateTimeException e) {
            problems.add(line, what + ": not a valid date: " + Amounts.quote(text));
            return null;
        }
    }
}
