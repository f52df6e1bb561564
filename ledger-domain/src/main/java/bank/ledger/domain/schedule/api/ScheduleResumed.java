package bank.ledger.domain.schedule.api;

import java.time.Instant;
import org.axonframework.serialization.Revision;

@Revision("1")
public record ScheduleResumed(String scheduleId, String reason, Instant recordedAt) {
}
