package bank.ledger.domain.schedule.api;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * A business-day calendar: the weekend days (Saturday and Sunday in Europe, Friday and Saturday in
 * Kuwait) and the holidays. Null weekend means Saturday and Sunday; holidays are kept sorted, without
 * duplicates.
 */
public record CalendarSpec(Set<DayOfWeek> weekend, List<LocalDate> holidays) {
    /** A calendar of more holidays is a data set of its own, not part of a schedule. */
    public static final int HOLIDAYS_MAX = 1000;

    public CalendarSpec {
        weekend = weekend == null ? Set.of(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY) : Set.copyOf(weekend);
        holidays = holidays == null ? List.of()
                : holidays.stream().filter(java.util.Objects::nonNull).distinct().sorted().toList();
    }

    /** Saturday and Sunday off, no holidays. */
    public static CalendarSpec weekdays() {
        return new CalendarSpec(null, null);
    }
}
