package bank.ledger.domain.period.api;

import java.time.Instant;
import java.time.LocalDate;
import org.axonframework.serialization.Revision;

/** The period takes entries again. The maker is the metadata's actor, the checker its {@code approvedBy}. */
@Revision("1")
public record AccountingPeriodReopened(String periodId, LocalDate firstDay, LocalDate lastDay, String reason,
                                       Instant reopenedAt) {
}
