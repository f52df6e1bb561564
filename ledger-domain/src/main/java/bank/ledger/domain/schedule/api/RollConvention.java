package bank.ledger.domain.schedule.api;

/**
 * Where a date that is not a business day moves to (ISDA's business day conventions). The modified
 * conventions stay in the date's month: MODIFIED_FOLLOWING takes the preceding business day when the
 * following one is in the next month, MODIFIED_PRECEDING the following one when the preceding is in
 * the month before.
 */
public enum RollConvention { NONE, FOLLOWING, MODIFIED_FOLLOWING, PRECEDING, MODIFIED_PRECEDING }
