package bank.ledger.connectors.formats.model;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;

/** ISO dates and date-times as banks write them; the date part is what a statement line is about. */
public final class Dates {
    private Dates() {
    }

    /**
     * A date as written, or null when it is not in the calendar ("2024-02-30") or not a date at all; then an
     * {@code invalidDate} warning quotes the raw text and the caller uses the statement's date.
     */
    public static LocalDate orWarn(int year, int month, int day, String raw, String what, int line,
                                   List<Warning> warnings) {
        try {
            return LocalDate.of(year, month, day);
        } catch (DateTimeException e) {
            warnings.add(new Warning(WarningCodes.INVALID_DATE, line, what + " " + Amounts.quote(raw)
                    + " is not in the calendar"));
            return null;
        }
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
