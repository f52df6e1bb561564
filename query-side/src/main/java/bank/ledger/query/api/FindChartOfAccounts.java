package bank.ledger.query.api;

import java.time.Instant;
import java.time.LocalDate;

/**
 * The chart of accounts at the end of effective date {@code date} (as known at {@code asKnownAt}, null:
 * now): balances rolled up by account type per currency, and one page of accounts in code order with
 * their own balance and the balance of their whole subtree.
 */
public record FindChartOfAccounts(LocalDate date, Instant asKnownAt, String afterCode, int pageSize) {
    public static final int PAGE_SIZE_MAX = 500;
    public static final int PAGE_SIZE_DEFAULT = 200;
}
