package bank.ledger.domain.period.api;

import java.time.Instant;
import java.time.LocalDate;
import org.axonframework.serialization.Revision;

/** Entries and holds effective from {@code firstDay} to {@code lastDay} are refused from now on. Who: the event's metadata. */
@Revision("1")
public record AccountingPeriodClosed(String periodId, LocalDate firstDay, LocalDate lastDay, Instant closedAt) {
}
