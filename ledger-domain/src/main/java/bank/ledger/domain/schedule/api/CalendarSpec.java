package bank.ledger.domain.schedule.api;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A business-day calendar: the weekend days (Saturday and Sunday in Europe, Friday and Saturday in
 * Kuwait) and the holidays. Null weekend means Saturday and Sunday; both lists are kept sorted, without
 * duplicates. A list, not a set: the OpenAPI client generator writes code that does not compile for a
 * set of enums (uniqueItems), so the contract says "array" and this constructor makes it a set in effect.
 */
public record CalendarSpec(List<DayOfWeek> weekend, List<LocalDate> holidays) {
    /** A calendar of more holidays is a data set of its own, not part of a schedule. */
    public static final int HOLIDAYS_MAX = 1000;

    public CalendarSpec {
        weekend = weekend == null ? List.of(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY)
                : weekend.stream().filter(Objects::nonNull).distinct().sorted().toList();
        holidays = holidays == null ? List.of() : holidays.stream().filter(Objects::nonNull).distinct().sorted().toList();
    }

    /** Saturday and Sunday off, no holidays. */
    public static CalendarSpec weekdays() {
        return new CalendarSpec(null, null);
    }
}
