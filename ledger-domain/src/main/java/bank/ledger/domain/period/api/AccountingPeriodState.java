package bank.ledger.domain.period.api;

import java.time.Instant;
import java.time.LocalDate;

/** A period as a command leaves it; {@code replayed} when the command changed nothing (closing a closed period). */
public record AccountingPeriodState(String periodId, LocalDate firstDay, LocalDate lastDay, PeriodStatus status,
                                    Instant changedAt, boolean replayed) {
    public enum PeriodStatus { OPEN, CLOSED }
}
