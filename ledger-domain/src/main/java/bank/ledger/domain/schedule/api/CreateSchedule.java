package bank.ledger.domain.schedule.api;

import bank.ledger.domain.entry.api.PostingRequest;
import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Creates a schedule. {@code scheduleId} is the client's idempotency key: the same id with the same
 * content answers the first result. Fixed-posting kinds carry {@code postings}, interest carries
 * {@code interest}; {@code calendar} null is Saturday and Sunday off without holidays.
 */
public record CreateSchedule(@TargetAggregateIdentifier String scheduleId, ScheduleKind kind, String description,
                             Recurrence recurrence, CalendarSpec calendar, List<PostingRequest> postings,
                             InterestTerms interest) {
    public static final int DESCRIPTION_LENGTH_MAX = 500;

    public CreateSchedule {
        calendar = calendar == null ? CalendarSpec.weekdays() : calendar;
        postings = postings == null ? List.of() : List.copyOf(postings);
    }
}
