package bank.ledger.domain.schedule.api;

/**
 * Interest on one account's end-of-day balance (on its normal side): {@code annualRate} is an exact
 * decimal fraction per year ("0.0325" is 3.25 %). A positive amount debits {@code debitAccountId} and
 * credits {@code creditAccountId} (for a deposit: interest expense and interest payable); a negative
 * balance gives a negative amount, posted the other way round.
 */
public record InterestTerms(String accountId, String annualRate, DayCount dayCount, String debitAccountId,
                            String creditAccountId) {
}
