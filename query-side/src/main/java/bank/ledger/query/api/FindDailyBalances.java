package bank.ledger.query.api;

import java.time.Instant;
import java.time.LocalDate;

/** An account's closing balance for every day from {@code from} to {@code to}, as known at {@code asKnownAt}. */
public record FindDailyBalances(String accountId, LocalDate from, LocalDate to, Instant asKnownAt) {
    /** One year and a leap day: a longer history is asked for in several requests. */
    public static final int DAYS_MAX = 366;
}
