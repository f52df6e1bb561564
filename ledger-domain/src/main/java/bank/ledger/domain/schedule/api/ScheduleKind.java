package bank.ledger.domain.schedule.api;

/**
 * What a schedule posts: a standing order or recurring entry (the same fixed postings every time), a
 * periodic fee (fixed postings too, told apart for reports), or interest accrued daily on an account's
 * balance and posted once per period.
 */
public enum ScheduleKind { STANDING_ORDER, PERIODIC_FEE, INTEREST_ACCRUAL }
