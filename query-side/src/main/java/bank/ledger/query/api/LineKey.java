package bank.ledger.query.api;

import java.time.LocalDate;

/**
 * Where a line sits in a statement: effective date, then the account's event sequence number. Written
 * as {@code 2026-03-31_7} in the API's {@code after} parameter.
 */
public record LineKey(LocalDate effectiveDate, long sequence) {
    public String text() {
        return effectiveDate + "_" + sequence;
    }

    /** The key before every line of {@code date}: sequence numbers start at 0. */
    public static LineKey startOf(LocalDate date) {
        return new LineKey(date, -1);
    }
}
