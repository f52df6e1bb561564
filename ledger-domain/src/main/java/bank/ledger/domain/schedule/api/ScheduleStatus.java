package bank.ledger.domain.schedule.api;

/** A cancelled schedule stays cancelled; a paused one records no run until it is resumed. */
public enum ScheduleStatus { ACTIVE, PAUSED, CANCELLED }
