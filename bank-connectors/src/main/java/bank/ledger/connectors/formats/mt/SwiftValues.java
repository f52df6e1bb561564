package bank.ledger.connectors.formats.mt;

import bank.ledger.connectors.formats.model.Amounts;
import bank.ledger.connectors.formats.model.Dates;
import bank.ledger.connectors.formats.model.Warning;
import bank.ledger.connectors.formats.model.WarningCodes;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;

/** SWIFT value syntax: YYMMDD dates, year-less MMDD entry dates, amounts with a decimal comma ("1234,5"). */
final class SwiftValues {
    /** SWIFT amounts have at most 15 characters; more integer digits than that is no amount a bank sends. */
    private static final int MAX_INTEGER_DIGITS = 15;

    private SwiftValues() {
    }

    static boolean isDigits(String text, int from, int to) {
        if (from < 0 || to > text.length() || from >= to) {
            return false;
        }
        for (int i = from; i < to; i++) {
            if (!Character.isDigit(text.charAt(i)) || text.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    /** YYMMDD (years 80-99 are 19xx, 00-79 20xx); null with an {@code invalidDate} warning if not in the calendar. */
    static LocalDate date(String yymmdd, String what, int line, List<Warning> warnings) {
        int yy = Integer.parseInt(yymmdd.substring(0, 2));
        return Dates.orWarn(yy < 80 ? 2000 + yy : 1900 + yy, Integer.parseInt(yymmdd.substring(2, 4)),
                Integer.parseInt(yymmdd.substring(4, 6)), yymmdd, what, line, warnings);
    }

    /**
     * The entry date MMDD of ":61:" carries no year. It is the booking date near the value date, which
     * across a year end lies in the next or previous year (value 231229, entry 0102 is 2024-01-02).
     * Null with an {@code invalidDate} warning when no year near the value date has that day.
     */
    static LocalDate entryDate(String mmdd, LocalDate valueDate, int line, List<Warning> warnings) {
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
            warnings.add(new Warning(WarningCodes.INVALID_DATE, line, ":61: entry date " + Amounts.quote(mmdd)
                    + " is not in the calendar near value date " + valueDate + "; the value date is used"));
        }
        return best;
    }

    private static long distance(LocalDate a, LocalDate b) {
        return Math.abs(a.toEpochDay() - b.toEpochDay());
    }

    /**
     * "1234,56", "1234,", "0001234,5", "1 234,56" (spaces inside are dropped) or with a dot as the mark; null when
     * it is no amount at all or has more integer digits than SWIFT allows.
     */
    static BigDecimal amount(String text) {
        if (text == null || text.length() > 64) {
            return null;
        }
        BigDecimal value = Amounts.swiftDecimal(text.replace(" ", ""));
        if (value == null || value.precision() - value.scale() > MAX_INTEGER_DIGITS) {
            return null;
        }
        return value;
    }
}
