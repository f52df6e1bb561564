package bank.ledger.domain.refusal;

import java.time.LocalDate;

/**
 * The dates the ledger accepts from a client: 1900-01-01 to 9999-12-30 inclusive. Every store and
 * format the ledger uses holds them (PostgreSQL {@code date}, ISO 8601 without a sign, four-digit
 * years), and the last day leaves room for "the day after" in exclusive ranges. Outside:
 * {@code dateOutOfRange}.
 */
public final class LedgerCalendar {
    public static final LocalDate FIRST_DATE = LocalDate.of(1900, 1, 1);
    public static final LocalDate LAST_DATE = LocalDate.of(9999, 12, 30);

    private LedgerCalendar() {
    }

    public static boolean contains(LocalDate date) {
        return !date.isBefore(FIRST_DATE) && !date.isAfter(LAST_DATE);
    }

    /** Null passes (an absent date has its own default). */
    public static LocalDate requireInCalendar(LocalDate date, String field) {
        if (date != null && !contains(date)) {
            throw LedgerRefusal.of(RefusalCode.DATE_OUT_OF_RANGE, field,
                    field + " is between " + FIRST_DATE + " and " + LAST_DATE);
        }
        return date;
    }
}
