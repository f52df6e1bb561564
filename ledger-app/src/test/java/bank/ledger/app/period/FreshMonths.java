package bank.ledger.app.period;

import java.time.Year;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Months of the last century for tests that close periods: each answer's month and its two neighbours are
 * used by no earlier test of this run and covered by no closed period (a database shared across runs keeps
 * theirs). Other tests post in 2026, so they never meet these closures. Every test that closes a period of the
 * last century or runs a year-end closing there takes its month or year here (the console tests too).
 */
public final class FreshMonths {
    private static final Set<YearMonth> USED = new HashSet<>();
    private static final int ATTEMPTS_MAX = 1_000;

    private FreshMonths() {
    }

    public static synchronized YearMonth next(JdbcTemplate jdbc) {
        for (int attempt = 0; attempt < ATTEMPTS_MAX; attempt++) {
            YearMonth month = YearMonth.of(ThreadLocalRandom.current().nextInt(1901, 2000),
                    ThreadLocalRandom.current().nextInt(2, 12));
            Set<YearMonth> around = Set.of(month.minusMonths(1), month, month.plusMonths(1));
            if (around.stream().anyMatch(USED::contains) || closedAround(jdbc, month)) {
                continue;
            }
            USED.addAll(around);
            return month;
        }
        throw new IllegalStateException("no free month left in the last century for a period test");
    }

    /**
     * A year of the last century for a year-end closing test: no line of any account is effective in it, no
     * closed period touches it or its neighbouring months, and its months (and those around) are marked used.
     */
    public static synchronized Year nextYear(JdbcTemplate jdbc) {
        for (int attempt = 0; attempt < ATTEMPTS_MAX; attempt++) {
            Year year = Year.of(ThreadLocalRandom.current().nextInt(1901, 1999));
            List<YearMonth> around = new ArrayList<>();
            for (YearMonth m = year.atMonth(1).minusMonths(1); !m.isAfter(year.atMonth(12).plusMonths(1)); m = m.plusMonths(1)) {
                around.add(m);
            }
            if (around.stream().anyMatch(USED::contains) || closedBetween(jdbc, around.get(0), around.get(around.size() - 1))
                    || hasLines(jdbc, year)) {
                continue;
            }
            USED.addAll(around);
            return year;
        }
        throw new IllegalStateException("no free year left in the last century for a year-end test");
    }

    private static boolean closedBetween(JdbcTemplate jdbc, YearMonth first, YearMonth last) {
        Integer closed = jdbc.queryForObject("select count(*) from ledger_closed_period where first_day <= ?"
                + " and last_day >= ?", Integer.class, last.atEndOfMonth(), first.atDay(1));
        return closed != null && closed > 0;
    }

    private static boolean hasLines(JdbcTemplate jdbc, Year year) {
        Boolean any = jdbc.queryForObject("select exists (select 1 from rm_account_line where effective_date between ? and ?)",
                Boolean.class, year.atDay(1), year.atMonth(12).atEndOfMonth());
        return Boolean.TRUE.equals(any);
    }

    private static boolean closedAround(JdbcTemplate jdbc, YearMonth month) {
        Integer closed = jdbc.queryForObject("select count(*) from ledger_closed_period where first_day <= ?"
                + " and last_day >= ?", Integer.class, month.plusMonths(1).atEndOfMonth(),
                month.minusMonths(1).atDay(1));
        return closed != null && closed > 0;
    }
}
