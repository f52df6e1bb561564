package bank.ledger.domain.schedule;

import bank.ledger.domain.refusal.Fields;
import bank.ledger.domain.schedule.api.CalendarSpec;
import bank.ledger.domain.schedule.api.RollConvention;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;

/**
 * Business days of a {@link CalendarSpec}, and the rolls of a date onto one. At least one weekday is a
 * working day and the holidays are bounded, so every roll ends within {@link #SEARCH_DAYS_MAX} days.
 */
public final class BusinessCalendar {
    /** Seven days for each holiday and the week around them: a roll never searches further. */
    static final int SEARCH_DAYS_MAX = 7 * (CalendarSpec.HOLIDAYS_MAX + 2);
    private final Set<DayOfWeek> weekend;
    private final Set<LocalDate> holidays;

    public BusinessCalendar(CalendarSpec spec) {
        if (spec.weekend().size() > 6) {
            throw Fields.invalid("calendar.weekend", "a calendar has at least one working weekday");
        }
        if (spec.holidays().size() > CalendarSpec.HOLIDAYS_MAX) {
            throw Fields.invalid("calendar.holidays", "at most " + CalendarSpec.HOLIDAYS_MAX + " holidays");
        }
        this.weekend = Set.copyOf(spec.weekend());
        this.holidays = new HashSet<>(spec.holidays());
    }

    public boolean isBusinessDay(LocalDate date) {
        return !weekend.contains(date.getDayOfWeek()) && !holidays.contains(date);
    }

    public LocalDate roll(LocalDate date, RollConvention convention) {
        return switch (convention) {
            case NONE -> date;
            case FOLLOWING -> following(date);
            case PRECEDING -> preceding(date);
            case MODIFIED_FOLLOWING -> {
                LocalDate next = following(date);
                yield next.getMonth() == date.getMonth() ? next : preceding(date);
            }
            case MODIFIED_PRECEDING -> {
                LocalDate previous = preceding(date);
                yield previous.getMonth() == date.getMonth() ? previous : following(date);
            }
        };
    }

    public LocalDate following(LocalDate date) {
        return search(date, 1);
    }

    public LocalDate preceding(LocalDate date) {
        return search(date, -1);
    }

    private LocalDate search(LocalDate date, int step) {
        LocalDate day = date;
        for (int i = 0; i < SEARCH_DAYS_MAX; i++) {
            if (isBusinessDay(day)) {
                return day;
            }
            day = day.plusDays(step);
        }
        throw new IllegalStateException("no business day within " + SEARCH_DAYS_MAX + " days of " + date);
    }
}
