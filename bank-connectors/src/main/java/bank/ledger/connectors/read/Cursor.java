package bank.ledger.connectors.read;

import bank.ledger.domain.refusal.Fields;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/** Keyset position in the open-items list: booking date, statement key, line number ("2026-11-25~stmt-…~12"). */
public record Cursor(LocalDate date, String key, int lineNo) {
    public static final LocalDate NO_DATE = LocalDate.of(1, 1, 1);

    public static Cursor parse(String text) {
        if (text == null || text.isBlank()) {
            return new Cursor(NO_DATE, "", 0);
        }
        String[] parts = text.split("~", -1);
        try {
            if (parts.length == 3 && parts[1].length() <= 80) {
                return new Cursor(LocalDate.parse(parts[0]), parts[1], Integer.parseInt(parts[2]));
            }
        } catch (DateTimeParseException | NumberFormatException malformed) {
            // falls through to the refusal
        }
        throw Fields.invalid("after", "after is a cursor from the previous page's 'next'");
    }

    public static String of(LocalDate date, String key, int lineNo) {
        return (date == null ? NO_DATE : date) + "~" + key + "~" + lineNo;
    }
}
