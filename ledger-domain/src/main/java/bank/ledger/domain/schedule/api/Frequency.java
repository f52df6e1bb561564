package bank.ledger.domain.schedule.api;

/** How often a schedule falls due; {@link Recurrence#interval()} multiplies it. */
public enum Frequency { DAILY, WEEKLY, MONTHLY }
