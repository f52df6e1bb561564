package bank.ledger.domain.period;

import bank.ledger.domain.refusal.LedgerCalendar;
import bank.ledger.domain.refusal.LedgerRefusal;
import bank.ledger.domain.refusal.RefusalCode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An accounting period named as people name it: a month {@code 2026-11}, a quarter {@code 2026-Q4} or a
 * year {@code 2026}. Its first and last day follow from the name alone (calendar months, quarters and
 * years; a fiscal year that does not start in January is not supported yet). Anything else is
 * {@code invalidField}; a year outside the ledger's calendar is {@code dateOutOfRange}.
 */
public record PeriodId(String value, Kind kind, LocalDate firstDay, LocalDate lastDay) {
    /** Longest valid name is 7 characters; anything longer is refused before the pattern runs. */
    private static final int LENGTH_MAX = 7;
    private static final Pattern SHAPE = Pattern.compile("(\\d{4})(?:-(?:(\\d{2})|Q([1-4])))?");

    public enum Kind { MONTH, QUARTER, YEAR }

    public static PeriodId parse(String text, String field) {
        if (text == null || text.length() > LENGTH_MAX) {
            throw invalid(field);
        }
        Matcher m = SHAPE.matcher(text);
        if (!m.matches()) {
            throw invalid(field);
        }
        int year = Integer.parseInt(m.group(1));
        LocalDate first;
        LocalDate last;
        Kind kind;
        if (m.group(2) != null) {
            int month = Integer.parseInt(m.group(2));
            if (month < 1 || month > 12) {
                throw invalid(field);
            }
            YearMonth ym = YearMonth.of(year, month);
            kind = Kind.MONTH;
            first = ym.atDay(1);
            last = ym.atEndOfMonth();
        } else if (m.group(3) != null) {
            int quarter = Integer.parseInt(m.group(3));
            kind = Kind.QUARTER;
            first = LocalDate.of(year, quarter * 3 - 2, 1);
            last = YearMonth.of(year, quarter * 3).atEndOfMonth();
        } else {
            kind = Kind.YEAR;
            first = LocalDate.of(year, 1, 1);
            last = LocalDate.of(year, 12, 31);
        }
        if (!LedgerCalendar.contains(first) || !LedgerCalendar.contains(last)) {
            throw LedgerRefusal.of(RefusalCode.DATE_OUT_OF_RANGE, field,
                    field + " lies between " + LedgerCalendar.FIRST_DATE + " and " + LedgerCalendar.LAST_DATE);
        }
        return new PeriodId(text, kind, first, last);
    }

    /**
     * The aggregate's identifier: {@code period/2026-11}. The slash is outside the charset of client-chosen
     * ids, so no account or journal entry can ever hold a period's event stream.
     */
    public static String aggregateId(String periodId) {
        return "period/" + periodId;
    }

    public boolean contains(LocalDate date) {
        return !date.isBefore(firstDay) && !date.isAfter(lastDay);
    }

    private static LedgerRefusal invalid(String field) {
        return LedgerRefusal.of(RefusalCode.INVALID_FIELD, field,
                field + " is a month (2026-11), a quarter (2026-Q4) or a year (2026)");
    }
}
