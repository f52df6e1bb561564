package bank.ledger.query.api;

import java.time.Instant;
import java.time.LocalDate;

/**
 * An account's totals at the end of effective date {@code date}, counting only what was recorded by
 * {@code asKnownAt} (null: everything recorded so far). "The balance on 31 March as the books stood on
 * 5 April" is {@code date = 2026-03-31, asKnownAt = 2026-04-05T23:59:59Z}.
 */
public record FindBalanceAt(String accountId, LocalDate date, Instant asKnownAt) {
}
