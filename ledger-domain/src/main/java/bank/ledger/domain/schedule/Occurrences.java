package bank.ledger.domain.schedule;

import bank.ledger.domain.refusal.LedgerCalendar;
import bank.ledger.domain.refusal.LedgerRefusal;
import bank.ledger.domain.refusal.RefusalCode;
import bank.ledger.domain.schedule.api.CalendarSpec;
import bank.ledger.domain.schedule.api.Frequency;
import bank.ledger.domain.schedule.api.Recurrence;
import bank.ledger.domain.schedule.api.ScheduleKind;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;

/**
 * The occurrences of a recurrence, numbered from 0. Occurrence n has a nominal date (the rule's date
 * before any roll; it names the period: its ISO text is the period key), a posting date (the nominal
 * date rolled onto a business day) and a due date: the posting date for fixed postings, the day after
 * the nominal date for interest, whose period must be over before its balances are known.
 * Posting dates never decrease with n (each roll convention is monotone), so the due occurrences are
 * always a prefix of those not yet run.
 */
public final class Occurrences {
    private final Recurrence rule;
    private final BusinessCalendar calendar;
    private final ScheduleKind kind;

    public Occurrences(ScheduleKind kind, Recurrence rule, CalendarSpec calendar) {
        this.kind = kind;
        this.rule = check(rule);
        this.calendar = new BusinessCalendar(calendar);
    }

    /** The nominal date of occurrence n, or empty past the end date (or the ledger's calendar). */
    public Optional<LocalDate> nominal(long n) {
        if (n < 0) {
            return Optional.empty();
        }
        LocalDate date;
        try {
            date = switch (rule.frequency()) {
                case DAILY -> rule.startDate().plusDays(Math.multiplyExact(n, rule.interval()));
                case WEEKLY -> rule.startDate().plusWeeks(Math.multiplyExact(n, rule.interval()));
                case MONTHLY -> monthly(YearMonth.from(rule.startDate()).plusMonths(Math.multiplyExact(n, rule.interval())));
            };
        } catch (ArithmeticException | java.time.DateTimeException beyond) {
            return Optional.empty();
        }
        boolean ended = rule.endDate() != null && date.isAfter(rule.endDate());
        return ended || !LedgerCalendar.contains(date) ? Optional.empty() : Optional.of(date);
    }

    public Optional<LocalDate> postingDate(long n) {
        return nominal(n).map(date -> calendar.roll(date, rule.roll()));
    }

    public Optional<LocalDate> dueOn(long n) {
        return kind == ScheduleKind.INTEREST_ACCRUAL ? nominal(n).map(date -> date.plusDays(1)) : postingDate(n);
    }

    /** The first day whose balance accrues in occurrence n: the day after the previous nominal date. */
    public LocalDate accrualStart(long n) {
        return n == 0 ? rule.startDate() : nominal(n - 1).orElseThrow().plusDays(1);
    }

    public static String periodKey(LocalDate nominal) {
        return nominal.toString();
    }

    private LocalDate monthly(YearMonth month) {
        if (rule.endOfMonth()) {
            return month.atEndOfMonth();
        }
        int day = rule.dayOfMonth() != null ? rule.dayOfMonth() : rule.startDate().getDayOfMonth();
        return month.atDay(Math.min(day, month.lengthOfMonth()));
    }

    /**
     * Monthly interest accrues over whole months (start date to the first month end, then month by month),
     * so its rule is monthly on the month's end; a monthly occurrence before the start date is refused.
     */
    private Recurrence check(Recurrence recurrence) {
        if (recurrence == null || recurrence.frequency() == null || recurrence.startDate() == null) {
            throw invalid("frequency and startDate are required");
        }
        if (recurrence.interval() < 1 || recurrence.interval() > Recurrence.INTERVAL_MAX) {
            throw invalid("interval is 1 to " + Recurrence.INTERVAL_MAX);
        }
        LedgerCalendar.requireInCalendar(recurrence.startDate(), "recurrence.startDate");
        LedgerCalendar.requireInCalendar(recurrence.endDate(), "recurrence.endDate");
        if (recurrence.endDate() != null && recurrence.endDate().isBefore(recurrence.startDate())) {
            throw invalid("endDate is on or after startDate");
        }
        boolean monthly = recurrence.frequency() == Frequency.MONTHLY;
        if (!monthly && (recurrence.endOfMonth() || recurrence.dayOfMonth() != null)) {
            throw invalid("dayOfMonth and endOfMonth are for monthly recurrences");
        }
        if (recurrence.dayOfMonth() != null && (recurrence.endOfMonth()
                || recurrence.dayOfMonth() < 1 || recurrence.dayOfMonth() > 31)) {
            throw invalid("dayOfMonth is 1 to 31, and not with endOfMonth");
        }
        if (monthly && recurrence.dayOfMonth() != null && recurrence.dayOfMonth() < recurrence.startDate().getDayOfMonth()) {
            throw invalid("the first occurrence (dayOfMonth in the start date's month) is before startDate");
        }
        if (kind == ScheduleKind.INTEREST_ACCRUAL && (!monthly || !recurrence.endOfMonth() || recurrence.interval() != 1)) {
            throw invalid("interest accrues daily and posts monthly: frequency MONTHLY, interval 1, endOfMonth");
        }
        return recurrence;
    }

    private static LedgerRefusal invalid(String detail) {
        return LedgerRefusal.of(RefusalCode.INVALID_RECURRENCE, "recurrence", detail);
    }
}
