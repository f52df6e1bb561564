package bank.ledger.app.period;

import java.time.YearMonth;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Months of the last century for tests that close periods: each answer's month and its two neighbours are
 * used by no earlier test of this run and covered by no closed period (a database shared across runs keeps
 * theirs). Other tests post in 2026, so they never meet these closures.
 */
final class FreshMonths {
    private static final Set<YearMonth> USED = new HashSet<>();
    private static final int ATTEMPTS_MAX = 1_000;

    private FreshMonths() {
    }

    static synchronized YearMonth next(JdbcTemplate jdbc) {
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

    private static boolean closedAround(JdbcTemplate jdbc, YearMonth month) {
        Integer closed = jdbc.queryForObject("select count(*) from ledger_closed_period where first_day <= ?"
                + " and last_day >= ?", Integer.class, month.plusMonths(1).atEndOfMonth(),
                month.minusMonths(1).atDay(1));
        return closed != null && closed > 0;
    }
}
