package bank.ledger.query;

import bank.ledger.domain.refusal.LedgerCalendar;
import bank.ledger.domain.refusal.LedgerRefusal;
import bank.ledger.domain.refusal.RefusalCode;
import bank.ledger.query.api.LineKey;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

/**
 * Parsing and bounds of the report parameters, refused with {@code invalidField} naming the parameter;
 * dates and instants outside the ledger's calendar ({@link LedgerCalendar}) with {@code dateOutOfRange}.
 */
public final class QueryParams {
    private QueryParams() {
    }

    public static LocalDate date(String text, String name) {
        try {
            return LedgerCalendar.requireInCalendar(LocalDate.parse(required(text, name)), name);
        } catch (DateTimeParseException e) {
            throw invalid(name, name + " is an ISO date such as 2026-03-31");
        }
    }

    /** An instant such as {@code 2026-04-05T00:00:00Z}; absent means "as known now". */
    public static Instant instant(String text, String name) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            Instant instant = Instant.parse(text);
            LedgerCalendar.requireInCalendar(LocalDate.ofInstant(instant, ZoneOffset.UTC), name);
            return instant;
        } catch (DateTimeParseException e) {
            throw invalid(name, name + " is an ISO instant such as 2026-04-05T00:00:00Z");
        }
    }

    public static void period(LocalDate from, LocalDate to) {
        if (to.isBefore(from)) {
            throw invalid("to", "to is on or after from");
        }
    }

    public static int pageSize(int pageSize, int max) {
        if (pageSize < 1 || pageSize > max) {
            throw invalid("pageSize", "pageSize is between 1 and " + max);
        }
        return pageSize;
    }

    /** A statement cursor as the API writes it: {@code 2026-03-31_7}. */
    public static LineKey lineKey(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        int split = text.lastIndexOf('_');
        try {
            if (split < 0 || text.length() > 40) {
                throw new IllegalArgumentException(text);
            }
            return new LineKey(LocalDate.parse(text.substring(0, split)), Long.parseLong(text.substring(split + 1)));
        } catch (IllegalArgumentException | DateTimeParseException e) {
            throw invalid("after", "after is the next value of an earlier page, such as 2026-03-31_7");
        }
    }

    private static String required(String text, String name) {
        if (text == null || text.isBlank()) {
            throw invalid(name, name + " is required");
        }
        return text;
    }

    private static LedgerRefusal invalid(String field, String detail) {
        return LedgerRefusal.of(RefusalCode.INVALID_FIELD, field, detail);
    }
}
