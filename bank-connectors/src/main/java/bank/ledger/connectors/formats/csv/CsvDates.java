package bank.ledger.connectors.formats.csv;

import java.text.ParsePosition;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;

/** Dates in a profile's patterns; a time after the date ("05.01.2024 10:22") is ignored. */
final class CsvDates {
    /** Longer than any date with a time after it: not worth parsing. */
    private static final int MAX_LENGTH = 40;

    /**
     * What a cell held: the date, or null; {@code calendarless} when the text has a pattern's shape but is
     * not in the calendar ("30.02.2024"): an invalidDate, not an unreadable row.
     */
    record CsvDate(LocalDate date, boolean calendarless) {
    }

    private CsvDates() {
    }

    static CsvDate parse(String text, List<DateTimeFormatter> formats) {
        String t = text.strip();
        if (t.length() > MAX_LENGTH) {
            return new CsvDate(null, false);
        }
        CsvDate whole = tryAll(t, formats);
        if (whole.date() != null || whole.calendarless()) {
            return whole;
        }
        int cut = t.indexOf(' ') > 0 ? t.indexOf(' ') : t.indexOf('T');
        return cut > 0 ? tryAll(t.substring(0, cut), formats) : whole;
    }

    private static CsvDate tryAll(String text, List<DateTimeFormatter> formats) {
        boolean shaped = false;
        for (DateTimeFormatter format : formats) {
            try {
                return new CsvDate(LocalDate.parse(text, format), false);
            } catch (DateTimeException e) {
                ParsePosition position = new ParsePosition(0);
                shaped |= format.parseUnresolved(text, position) != null && position.getErrorIndex() < 0
                        && position.getIndex() == text.length();
            }
        }
        return new CsvDate(null, shaped);
    }
}
