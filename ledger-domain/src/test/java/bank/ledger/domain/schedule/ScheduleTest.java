package bank.ledger.domain.schedule;

import static bank.ledger.domain.support.Refusals.refusal;

import bank.ledger.domain.entry.api.PostingRequest;
import bank.ledger.domain.entry.api.Side;
import bank.ledger.domain.refusal.RefusalCode;
import bank.ledger.domain.schedule.api.CalendarSpec;
import bank.ledger.domain.schedule.api.CancelSchedule;
import bank.ledger.domain.schedule.api.CreateSchedule;
import bank.ledger.domain.schedule.api.PauseSchedule;
import bank.ledger.domain.schedule.api.RecordScheduleRun;
import bank.ledger.domain.schedule.api.Recurrence;
import bank.ledger.domain.schedule.api.ResumeSchedule;
import bank.ledger.domain.schedule.api.RollConvention;
import bank.ledger.domain.schedule.api.ScheduleCancelled;
import bank.ledger.domain.schedule.api.ScheduleCreated;
import bank.ledger.domain.schedule.api.ScheduleKind;
import bank.ledger.domain.schedule.api.SchedulePaused;
import bank.ledger.domain.schedule.api.ScheduleResumed;
import bank.ledger.domain.schedule.api.ScheduleRunRecorded;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class ScheduleTest {
    static final Instant NOW = Instant.parse("2026-01-05T08:00:00Z");
    static final String ID = "rent-1";
    static final Recurrence MONTH_END = Recurrence.monthEnd(LocalDate.of(2026, 1, 1), RollConvention.MODIFIED_FOLLOWING);
    static final List<PostingRequest> RENT = List.of(new PostingRequest("alice", Side.DEBIT, "500.000", null),
            new PostingRequest("landlord", Side.CREDIT, "500.000", null));
    private FixtureConfiguration<Schedule> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Schedule.class);
        fixture.registerInjectableResource(Clock.fixed(NOW, ZoneOffset.UTC));
    }

    static CreateSchedule create(List<PostingRequest> postings) {
        return new CreateSchedule(ID, ScheduleKind.STANDING_ORDER, "Rent", MONTH_END, CalendarSpec.weekdays(), postings, null);
    }

    static ScheduleCreated created() {
        return new ScheduleCreated(ID, ScheduleKind.STANDING_ORDER, "Rent", MONTH_END, CalendarSpec.weekdays(), RENT, null, NOW);
    }

    static ScheduleRunRecorded january() {
        return new ScheduleRunRecorded(ID, 0, "2026-01-31", LocalDate.of(2026, 1, 30), "rent-1~2026-01-31", null,
                500_000, null, NOW);
    }

    static RecordScheduleRun record(long occurrence, String periodKey) {
        return new RecordScheduleRun(ID, occurrence, periodKey, LocalDate.of(2026, 1, 30),
                ScheduleRules.entryId(ID, periodKey), null, 500_000, null);
    }

    @Nested
    class CreateScheduleCommand {
        @Test
        void a_balanced_standing_order_is_created() {
            fixture.givenNoPriorActivity().when(create(RENT)).expectEvents(created());
        }

        @Test
        void the_same_schedule_sent_again_creates_nothing_more() {
            fixture.given(created()).when(create(RENT)).expectSuccessfulHandlerExecution().expectNoEvents();
        }

        @Test
        void the_same_id_with_other_postings_is_an_idempotency_conflict() {
            fixture.given(created()).when(create(List.of(RENT.get(0), new PostingRequest("other", Side.CREDIT, "500.000", null))))
                    .expectException(refusal(RefusalCode.IDEMPOTENCY_CONFLICT, "scheduleId"));
        }

        @Test
        void unbalanced_fixed_postings_are_refused() {
            fixture.givenNoPriorActivity().when(create(List.of(RENT.get(0), new PostingRequest("landlord", Side.CREDIT, "499.999", null))))
                    .expectException(refusal(RefusalCode.UNBALANCED_ENTRY, "postings"));
        }

        @Test
        void an_id_too_long_for_its_entry_ids_is_refused() {
            fixture.givenNoPriorActivity().when(new CreateSchedule("s".repeat(101), ScheduleKind.STANDING_ORDER, "Rent",
                    MONTH_END, null, RENT, null)).expectException(refusal(RefusalCode.INVALID_FIELD, "scheduleId"));
        }

        @Test
        void a_description_with_a_nul_byte_is_refused() {
            fixture.givenNoPriorActivity().when(new CreateSchedule(ID, ScheduleKind.STANDING_ORDER, "Rent\u0000",
                    MONTH_END, null, RENT, null)).expectException(refusal(RefusalCode.INVALID_TEXT, "description"));
        }
    }

    @Nested
    class RecordScheduleRunCommand {
        @Test
        void the_next_occurrence_is_recorded_with_its_entry() {
            fixture.given(created()).when(record(0, "2026-01-31")).expectEvents(january());
        }

        @Test
        void an_occurrence_recorded_before_records_nothing_more() {
            fixture.given(created(), january()).when(record(0, "2026-01-31")).expectNoEvents();
        }

        @Test
        void skipping_ahead_is_refused_as_out_of_order() {
            fixture.given(created()).when(record(1, "2026-02-28"))
                    .expectException(refusal(RefusalCode.SCHEDULE_RUN_OUT_OF_ORDER, "occurrence"));
        }

        @Test
        void a_period_key_that_is_not_the_occurrence_s_is_refused() {
            fixture.given(created()).when(record(0, "2026-01-30"))
                    .expectException(refusal(RefusalCode.INVALID_RECURRENCE, "periodKey"));
        }

        @Test
        void a_paused_schedule_records_no_run() {
            fixture.given(created(), new SchedulePaused(ID, null, NOW)).when(record(0, "2026-01-31"))
                    .expectException(refusal(RefusalCode.SCHEDULE_PAUSED, null));
        }

        @Test
        void a_cancelled_schedule_records_no_run() {
            fixture.given(created(), new ScheduleCancelled(ID, "moved out", NOW)).when(record(0, "2026-01-31"))
                    .expectException(refusal(RefusalCode.SCHEDULE_CANCELLED, null));
        }
    }

    @Nested
    class PauseResumeCancel {
        @Test
        void pause_then_resume_are_recorded_with_their_reasons() {
            fixture.given(created()).when(new PauseSchedule(ID, "holiday"))
                    .expectEvents(new SchedulePaused(ID, "holiday", NOW));
            fixture.given(created(), new SchedulePaused(ID, null, NOW)).when(new ResumeSchedule(ID, "back"))
                    .expectEvents(new ScheduleResumed(ID, "back", NOW));
        }

        @Test
        void a_cancelled_schedule_cannot_be_resumed() {
            fixture.given(created(), new ScheduleCancelled(ID, null, NOW)).when(new ResumeSchedule(ID, null))
                    .expectException(refusal(RefusalCode.SCHEDULE_CANCELLED, null));
        }

        @Test
        void cancelling_twice_records_one_cancellation() {
            fixture.given(created(), new ScheduleCancelled(ID, null, NOW)).when(new CancelSchedule(ID, null))
                    .expectNoEvents();
        }
    }
}
