package bank.ledger.domain.schedule.api;

import java.time.LocalDate;

/**
 * When a schedule falls due: every {@code interval} days, weeks (on the start date's weekday) or months
 * from {@code startDate}, up to {@code endDate} inclusive (null: no end). Monthly on {@code dayOfMonth}
 * (clipped to the month's length: 31 is the 30th in April, the 28th or 29th in February) or, with
 * {@code endOfMonth}, on the month's last day; with neither, on the start date's day. Each occurrence's
 * date is then rolled to a business day by {@code roll}.
 */
public record Recurrence(Frequency frequency, Integer interval, LocalDate startDate, LocalDate endDate,
                         Integer dayOfMonth, Boolean endOfMonth, RollConvention roll) {
    public static final int INTERVAL_MAX = 366;

    /** Absent: interval 1, not at the month's end, no roll (boxed, so that a client may leave them out). */
    public Recurrence {
        interval = interval == null ? Integer.valueOf(1) : interval;
        endOfMonth = endOfMonth != null && endOfMonth;
        roll = roll == null ? RollConvention.NONE : roll;
    }

    public static Recurrence monthEnd(LocalDate startDate, RollConvention roll) {
        return new Recurrence(Frequency.MONTHLY, 1, startDate, null, null, true, roll);
    }
}
