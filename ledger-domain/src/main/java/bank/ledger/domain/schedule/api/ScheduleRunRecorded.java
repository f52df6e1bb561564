package bank.ledger.domain.schedule.api;

import java.time.Instant;
import java.time.LocalDate;
import org.axonframework.serialization.Revision;

@Revision("1")
public record ScheduleRunRecorded(String scheduleId, long occurrence, String periodKey, LocalDate effectiveDate,
                                  String entryId, String skipReason, long amount, String carry,
                                  Instant recordedAt) {
}
