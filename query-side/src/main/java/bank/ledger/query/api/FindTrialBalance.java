package bank.ledger.query.api;

import java.time.Instant;
import java.time.LocalDate;

/**
 * The trial balance at the end of effective date {@code date}, as known at {@code asKnownAt} (null:
 * now): totals per currency over every account, and one page of accounts in code order after
 * {@code afterCode}.
 */
public record FindTrialBalance(LocalDate date, Instant asKnownAt, String afterCode, int pageSize) {
    public static final int PAGE_SIZE_MAX = 500;
    public static final int PAGE_SIZE_DEFAULT = 200;
}
