package bank.ledger.connectors.pull;

import bank.ledger.domain.refusal.LedgerRefusal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * When a connection pulls: {@code every PT15M} (an ISO-8601 duration, at least
 * {@code ledger.bank-pulls.interval-min-ms}) or {@code daily 06:30,18:00} (times of day in UTC, at most
 * 24: banks publish the day's statements at known hours). Kept this small on purpose: cron's other
 * fields (weekdays, months) have no use for statements a bank writes every day.
 */
public record PullSchedule(Duration every, List<LocalTime> dailyAt) {
    public static final int TEXT_LENGTH_MAX = 128;
    private static final int TIMES_MAX = 24;

    public static PullSchedule parse(String text, Duration intervalMin) {
        if (text == null || text.isBlank() || text.length() > TEXT_LENGTH_MAX) {
            throw invalid("schedule is required: \"every PT15M\" or \"daily 06:30,18:00\" (UTC)");
        }
        String[] parts = text.strip().split("\\s+", 2);
        if (parts.length == 2 && parts[0].equals("every")) {
            return every(parts[1], intervalMin);
        }
        if (parts.length == 2 && parts[0].equals("daily")) {
            return daily(parts[1]);
        }
        throw invalid("schedule is \"every <ISO-8601 duration>\" or \"daily HH:MM[,HH:MM...]\" (UTC), not " + text.strip());
    }

    private static PullSchedule every(String duration, Duration intervalMin) {
        Duration every;
        try {
            every = Duration.parse(duration);
        } catch (DateTimeParseException e) {
            throw invalid("schedule: " + duration + " is not an ISO-8601 duration such as PT15M");
        }
        if (every.compareTo(intervalMin) < 0) {
            throw invalid("schedule: the interval is at least " + intervalMin + " (ledger.bank-pulls.interval-min-ms)");
        }
        return new PullSchedule(every, List.of());
    }

    private static PullSchedule daily(String times) {
        TreeSet<LocalTime> parsed = new TreeSet<>();
        for (String time : times.split(",", TIMES_MAX + 2)) {
            try {
                parsed.add(LocalTime.parse(time.strip()));
            } catch (DateTimeParseException e) {
                throw invalid("schedule: " + time.strip() + " is not a time of day HH:MM");
            }
        }
        if (parsed.size() > TIMES_MAX) {
            throw invalid("schedule: at most " + TIMES_MAX + " times a day");
        }
        return new PullSchedule(null, new ArrayList<>(parsed));
    }

    /** The first run strictly after {@code after}. */
    public Instant nextAfter(Instant after) {
        if (every != null) {
            return after.plus(every);
        }
        LocalDate day = after.atOffset(ZoneOffset.UTC).toLocalDate();
        for (int offset = 0; offset <= 1; offset++) {
            for (LocalTime time : dailyAt) {
                Instant candidate = day.plusDays(offset).atTime(time).toInstant(ZoneOffset.UTC);
                if (candidate.isAfter(after)) {
                    return candidate;
                }
            }
        }
        throw new IllegalStateException("a daily schedule has a next run within two days");
    }

    /**
     * After {@code failuresInARow} failures (at least 1) the next try: {@code base} doubled per failure up to
     * {@code max}, never later than the schedule's own next run (a daily pull's retries come within the hour).
     */
    public Instant retryAfter(Instant now, int failuresInARow, Duration base, Duration max) {
        int doublings = Math.min(Math.max(failuresInARow, 1) - 1, 30);
        Duration backoff = base.multipliedBy(1L << doublings);
        Instant retry = now.plus(backoff.compareTo(max) > 0 ? max : backoff);
        Instant scheduled = nextAfter(now);
        return retry.isBefore(scheduled) ? retry : scheduled;
    }

    private static LedgerRefusal invalid(String detail) {
        return LedgerRefusal.of(BankPullRefusal.SCHEDULE_INVALID, "schedule", detail);
    }
}
