package bank.ledger.domain.schedule.api;

import bank.ledger.domain.entry.api.PostingRequest;
import java.time.Instant;
import java.util.List;
import org.axonframework.serialization.Revision;

@Revision("1")
public record ScheduleCreated(String scheduleId, ScheduleKind kind, String description, Recurrence recurrence,
                              CalendarSpec calendar, List<PostingRequest> postings, InterestTerms interest,
                              Instant recordedAt) {
}
