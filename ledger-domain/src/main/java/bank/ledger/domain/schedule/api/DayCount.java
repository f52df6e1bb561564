package bank.ledger.domain.schedule.api;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * Day-count conventions: the year fraction between two dates is {@link #days} over {@link #basis}, an
 * exact rational. The 30/360 variant is the European one (30E/360, ISDA 2006 4.16(g), "Eurobond basis"):
 * a 31st counts as the 30th on both ends and February's end is not adjusted. Unlike the US (bond basis)
 * variant, whose adjustment of the end date depends on the start date, its day count is a difference
 * {@code f(to) - f(from)}, so the counts of consecutive periods add up exactly to the count of the whole:
 * daily accrual sums to the period's accrual.
 */
public enum DayCount {
    ACT_365_FIXED(365), ACT_360(360), THIRTY_E_360(360);

    private final int basis;

    DayCount(int basis) {
        this.basis = basis;
    }

    public int basis() {
        return basis;
    }

    /** Days from {@code from} (counted) to {@code to} (not counted); negative when {@code to} is earlier. */
    public long days(LocalDate from, LocalDate to) {
        return this == THIRTY_E_360 ? thirtyE(to) - thirtyE(from) : ChronoUnit.DAYS.between(from, to);
    }

    private static long thirtyE(LocalDate date) {
        return 360L * date.getYear() + 30L * date.getMonthValue() + Math.min(date.getDayOfMonth(), 30);
    }
}
