package bank.ledger.connectors.mt;

import bank.ledger.connectors.statement.Amounts;
import bank.ledger.connectors.statement.Problems;
import java.time.DateTimeException;
import java.time.LocalDate;

/** SWIFT value syntax: YYMMDD dates and amounts with a comma as the decimal mark ("1234,5"). */
final class SwiftValues {
    private SwiftValues() {
    }

    /** YYMMDD; SWIFT years 80-99 are 19xx, 00-79 are 20xx. Null after recording an error. */
    static LocalDate date(String yymmdd, String what, int line, Problems problems) {
        if (yymmdd == null || !yymmdd.matches("\\d{6}")) {
            problems.add(line, what + ": expected a date YYMMDD, got " + Amounts.quote(yymmdd));
            return null;
        }
        int yy = Integer.parseInt(yymmdd.substring(0, 2));
        try {
            return LocalDate.of(yy < 80 ? 2000 + yy : 1900 + yy,
                    Integer.parseInt(yymmdd.substring(2, 4)), Integer.parseInt(yymmdd.substring(4, 6)));
        } catch (DateTimeException e) {
            problems.add(line, what + ": " + yymmdd + " is not a calendar date");
            return null;
        }
    }

    /**
     * The entry date MMDD of ":61:" carries no year. It is the booking date near the value date, which
     * across a year end lies in the next or previous year (value 231229, entry 0102 is 2024-01-02).
     */
    static LocalDate entryDate(String mmdd, LocalDate valueDate, int line, Problems problems) {
        int month = Integer.parseInt(mmdd.substring(0, 2));
        int day = Integer.parseInt(mmdd.substring(2, 4));
        LocalDate best = null;
        for (int year = valueDate.getYear() - 1; year <= valueDate.getYear() + 1; year++) {
            try {
                LocalDate candidate = LocalDate.of(year, month, day);
                if (best == null || distance(candidate, valueDate) < distance(best, valueDate)) {
                    best = candidate;
                }
            } catch (DateTimeException notInThisYear) {
                // 0229 exists only in leap years; try the other candidate years
            }
        }
        if (best == null) {
            problems.add(line, "entry date " + mmdd + " is not a calendar date near value date " + valueDate);
        }
        return best;
    }

    private static long distance(LocalDate a, LocalDate b) {
        return Math.abs(a.toEpochDay() - b.toEpochDay());
    }

    /** "1234,56" to minor units; the comma is mandatory and the only decimal mark SWIFT allows. */
    static Long amount(String text, String currency, String what, int line, Problems problems) {
        if (text == null || !text.matches("\\d{1,15},\\d*") || text.length() > 15) {
            problems.add(line, what + ": expected a SWIFT amount with a decimal comma such as 1234,56 (at most 15"
                    + " characters), got " + Amounts.quote(text));
            return null;
        }
        String decimal = text.endsWith(",") ? text.substring(0, text.length() - 1) : text.replace(',', '.');
        return Amounts.toMinor(decimal, currency, what, line, problems);
    }
}
