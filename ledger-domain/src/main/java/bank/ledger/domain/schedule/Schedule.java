package bank.ledger.domain.schedule;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import bank.ledger.domain.entry.api.PostingRequest;
import bank.ledger.domain.refusal.Fields;
import bank.ledger.domain.refusal.LedgerRefusal;
import bank.ledger.domain.refusal.RefusalCode;
import bank.ledger.domain.refusal.TextRules;
import bank.ledger.domain.schedule.api.CalendarSpec;
import bank.ledger.domain.schedule.api.CancelSchedule;
import bank.ledger.domain.schedule.api.CreateSchedule;
import bank.ledger.domain.schedule.api.DescribeSchedule;
import bank.ledger.domain.schedule.api.InterestTerms;
import bank.ledger.domain.schedule.api.PauseSchedule;
import bank.ledger.domain.schedule.api.RecordScheduleRun;
import bank.ledger.domain.schedule.api.Recurrence;
import bank.ledger.domain.schedule.api.ResumeSchedule;
import bank.ledger.domain.schedule.api.ScheduleCancelled;
import bank.ledger.domain.schedule.api.ScheduleCreated;
import bank.ledger.domain.schedule.api.ScheduleKind;
import bank.ledger.domain.schedule.api.SchedulePaused;
import bank.ledger.domain.schedule.api.ScheduleResumed;
import bank.ledger.domain.schedule.api.ScheduleRunRecorded;
import bank.ledger.domain.schedule.api.ScheduleState;
import bank.ledger.domain.schedule.api.ScheduleStatus;
import com.fasterxml.jackson.annotation.JsonAutoDetect;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;

/**
 * A recurring or scheduled operation: what it posts, when, and which occurrences have run. Every
 * decision is an event: created, each occurrence's run (the entry it posted or why it was skipped),
 * paused, resumed, cancelled. Occurrences are recorded strictly in order and each once, so the next
 * occurrence is a single number, and the aggregate's state stays small however long it runs.
 */
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY)
public class Schedule {
    @AggregateIdentifier
    private String scheduleId;
    private ScheduleKind kind;
    private String description;
    private Recurrence recurrence;
    private CalendarSpec calendar;
    private List<PostingRequest> postings;
    private InterestTerms interest;
    private ScheduleStatus status;
    private long nextOccurrence;
    private String carry;

    protected Schedule() {
        // for Axon: created by the creation policy below or rebuilt from events
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public ScheduleState handle(CreateSchedule command, Clock clock) {
        if (scheduleId != null) {
            if (!sameContent(command)) {
                throw LedgerRefusal.of(RefusalCode.IDEMPOTENCY_CONFLICT, "scheduleId",
                        "schedule " + scheduleId + " was created before with other content");
            }
            return state(true);
        }
        ScheduleRules.check(command);
        apply(new ScheduleCreated(command.scheduleId(), command.kind(), command.description(), command.recurrence(),
                command.calendar(), command.postings(), command.interest(), clock.instant()));
        return state(false);
    }

    @CommandHandler
    public ScheduleState handle(DescribeSchedule command) {
        return state(false);
    }

    @CommandHandler
    public ScheduleState handle(RecordScheduleRun command, Clock clock) {
        if (command.occurrence() < nextOccurrence) {
            return state(true); // recorded before: another node or an earlier attempt
        }
        requireActive();
        if (command.occurrence() > nextOccurrence) {
            throw LedgerRefusal.of(RefusalCode.SCHEDULE_RUN_OUT_OF_ORDER, "occurrence", "occurrence "
                    + nextOccurrence + " is the next to record, not " + command.occurrence());
        }
        Optional<LocalDate> nominal = occurrences().nominal(command.occurrence());
        if (nominal.isEmpty() || !Occurrences.periodKey(nominal.get()).equals(command.periodKey())) {
            throw LedgerRefusal.of(RefusalCode.INVALID_RECURRENCE, "periodKey", "occurrence " + command.occurrence()
                    + " is " + nominal.map(Occurrences::periodKey).orElse("past the schedule's end"));
        }
        if ((command.entryId() == null) == (command.skipReason() == null)) {
            throw Fields.invalid("entryId", "a run posted an entry or was skipped for a reason, not both");
        }
        Fields.requireLength(command.skipReason(), "skipReason", 64);
        TextRules.optionalId(command.entryId(), "entryId");
        Fraction.parse(command.carry()); // refuses what is no fraction
        apply(new ScheduleRunRecorded(scheduleId, command.occurrence(), command.periodKey(), command.effectiveDate(),
                command.entryId(), command.skipReason(), command.amount(), command.carry(), clock.instant()));
        return state(false);
    }

    @CommandHandler
    public ScheduleState handle(PauseSchedule command, Clock clock) {
        Fields.requireLength(command.reason(), "reason", ScheduleRules.REASON_LENGTH_MAX);
        if (status == ScheduleStatus.PAUSED) {
            return state(true);
        }
        requireActive();
        apply(new SchedulePaused(scheduleId, command.reason(), clock.instant()));
        return state(false);
    }

    @CommandHandler
    public ScheduleState handle(ResumeSchedule command, Clock clock) {
        Fields.requireLength(command.reason(), "reason", ScheduleRules.REASON_LENGTH_MAX);
        if (status == ScheduleStatus.ACTIVE) {
            return state(true);
        }
        requireNotCancelled();
        apply(new ScheduleResumed(scheduleId, command.reason(), clock.instant()));
        return state(false);
    }

    @CommandHandler
    public ScheduleState handle(CancelSchedule command, Clock clock) {
        Fields.requireLength(command.reason(), "reason", ScheduleRules.REASON_LENGTH_MAX);
        if (status == ScheduleStatus.CANCELLED) {
            return state(true);
        }
        apply(new ScheduleCancelled(scheduleId, command.reason(), clock.instant()));
        return state(false);
    }

    @EventSourcingHandler
    void on(ScheduleCreated event) {
        scheduleId = event.scheduleId();
        kind = event.kind();
        description = event.description();
        recurrence = event.recurrence();
        calendar = event.calendar();
        postings = event.postings();
        interest = event.interest();
        status = ScheduleStatus.ACTIVE;
    }

    @EventSourcingHandler
    void on(ScheduleRunRecorded event) {
        nextOccurrence = event.occurrence() + 1;
        carry = event.carry();
    }

    @EventSourcingHandler
    void on(SchedulePaused event) {
        status = ScheduleStatus.PAUSED;
    }

    @EventSourcingHandler
    void on(ScheduleResumed event) {
        status = ScheduleStatus.ACTIVE;
    }

    @EventSourcingHandler
    void on(ScheduleCancelled event) {
        status = ScheduleStatus.CANCELLED;
    }

    private Occurrences occurrences() {
        return new Occurrences(kind, recurrence, calendar);
    }

    private void requireActive() {
        requireNotCancelled();
        if (status == ScheduleStatus.PAUSED) {
            throw LedgerRefusal.of(RefusalCode.SCHEDULE_PAUSED, null, "schedule " + scheduleId + " is paused");
        }
    }

    private void requireNotCancelled() {
        if (status == ScheduleStatus.CANCELLED) {
            throw LedgerRefusal.of(RefusalCode.SCHEDULE_CANCELLED, null, "schedule " + scheduleId + " is cancelled");
        }
    }

    private boolean sameContent(CreateSchedule command) {
        return kind == command.kind() && java.util.Objects.equals(description, command.description())
                && java.util.Objects.equals(recurrence, command.recurrence())
                && java.util.Objects.equals(calendar, command.calendar())
                && java.util.Objects.equals(postings, command.postings())
                && java.util.Objects.equals(interest, command.interest());
    }

    private ScheduleState state(boolean alreadyDone) {
        return new ScheduleState(scheduleId, kind, description, recurrence, calendar, postings, interest, status,
                nextOccurrence, carry, alreadyDone);
    }
}
