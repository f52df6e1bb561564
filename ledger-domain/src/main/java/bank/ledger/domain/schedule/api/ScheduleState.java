package bank.ledger.domain.schedule.api;

import bank.ledger.domain.entry.api.PostingRequest;
import java.util.List;

/** A schedule as its aggregate knows it: what it posts, its status, the next occurrence to run, the carry. */
public record ScheduleState(String scheduleId, ScheduleKind kind, String description, Recurrence recurrence,
                            CalendarSpec calendar, List<PostingRequest> postings, InterestTerms interest,
                            ScheduleStatus status, long nextOccurrence, String carry, boolean alreadyDone) {
}
