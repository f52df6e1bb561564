package bank.ledger.domain.period;

import static bank.ledger.domain.support.Refusals.refusal;
import static org.assertj.core.api.Assertions.assertThat;

import bank.ledger.domain.approval.ApprovalRequired;
import bank.ledger.domain.approval.FourEyes;
import bank.ledger.domain.period.api.AccountingPeriodClosed;
import bank.ledger.domain.period.api.AccountingPeriodReopened;
import bank.ledger.domain.period.api.AccountingPeriodState;
import bank.ledger.domain.period.api.AccountingPeriodState.PeriodStatus;
import bank.ledger.domain.period.api.CloseAccountingPeriod;
import bank.ledger.domain.period.api.ReopenAccountingPeriod;
import bank.ledger.domain.refusal.RefusalCode;
import bank.ledger.domain.support.InMemoryPeriodLock;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.axonframework.messaging.MetaData;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class AccountingPeriodTest {
    private static final Instant NOW = Instant.parse("2026-12-02T10:00:00Z");
    private static final Instant CLOSED_AT = Instant.parse("2026-12-01T08:00:00Z");
    private static final String NOVEMBER = "2026-11";
    private static final LocalDate FIRST = LocalDate.of(2026, 11, 1);
    private static final LocalDate LAST = LocalDate.of(2026, 11, 30);
    private static final AccountingPeriodClosed CLOSED = new AccountingPeriodClosed(NOVEMBER, FIRST, LAST, CLOSED_AT);
    /** The one approval the fake store knows: it covers exactly this reopening. */
    private static final ReopenAccountingPeriod REOPEN = new ReopenAccountingPeriod(NOVEMBER, "invoice missed");
    private static final String APPROVAL = "a-1";

    private InMemoryPeriodLock locks;
    private FixtureConfiguration<AccountingPeriod> fixture;

    @BeforeEach
    void setUp() {
        locks = new InMemoryPeriodLock();
        fixture = new AggregateTestFixture<>(AccountingPeriod.class);
        fixture.registerInjectableResource(locks);
        fixture.registerInjectableResource(Clock.fixed(NOW, ZoneOffset.UTC));
        // maker-checker switched OFF: reopening needs a second person all the same
        fixture.registerInjectableResource(new FourEyes(Optional::empty,
                (id, command) -> APPROVAL.equals(id) && REOPEN.equals(command), Set.of()));
    }

    private static AccountingPeriodState state(PeriodStatus status, Instant at, boolean replayed) {
        return new AccountingPeriodState(NOVEMBER, FIRST, LAST, status, at, replayed);
    }

    @Nested
    class Closing_a_period {
        @Test
        void an_ended_month_closes_and_its_dates_are_locked() {
            fixture.givenNoPriorActivity()
                    .when(new CloseAccountingPeriod(NOVEMBER))
                    .expectEvents(new AccountingPeriodClosed(NOVEMBER, FIRST, LAST, NOW))
                    .expectResultMessagePayload(state(PeriodStatus.CLOSED, NOW, false));
            assertThat(locks.isClosed(NOVEMBER)).isTrue();
        }

        @Test
        void closing_it_again_answers_the_closed_period_and_records_nothing() {
            fixture.given(CLOSED)
                    .when(new CloseAccountingPeriod(NOVEMBER))
                    .expectNoEvents()
                    .expectResultMessagePayload(state(PeriodStatus.CLOSED, CLOSED_AT, true));
        }

        @Test
        void the_current_month_cannot_close_before_its_last_day_has_passed() {
            fixture.givenNoPriorActivity()
                    .when(new CloseAccountingPeriod("2026-12"))
                    .expectNoEvents()
                    .expectException(refusal(RefusalCode.PERIOD_NOT_ENDED, "periodId"));
            assertThat(locks.isClosed("2026-12")).isFalse();
        }

        @Test
        void a_quarter_ending_yesterday_can_close() {
            fixture.givenNoPriorActivity()
                    .when(new CloseAccountingPeriod("2026-Q3"))
                    .expectEvents(new AccountingPeriodClosed("2026-Q3", LocalDate.of(2026, 7, 1),
                            LocalDate.of(2026, 9, 30), NOW));
        }

        @Test
        void a_malformed_period_is_refused_invalidField() {
            fixture.givenNoPriorActivity()
                    .when(new CloseAccountingPeriod("2026-13"))
                    .expectNoEvents()
                    .expectException(refusal(RefusalCode.INVALID_FIELD, "periodId"));
        }
    }

    @Nested
    class Reopening_a_period {
        @Test
        void without_an_approval_is_held_for_a_second_person_even_with_maker_checker_off() {
            fixture.given(CLOSED)
                    .when(REOPEN)
                    .expectNoEvents()
                    .expectException(ApprovalRequired.class);
        }

        @Test
        void with_an_approval_covering_it_reopens_with_its_reason() {
            locks.markClosed(PeriodId.parse(NOVEMBER, "periodId"));
            fixture.given(CLOSED)
                    .when(REOPEN, MetaData.with(FourEyes.APPROVAL_ID, APPROVAL))
                    .expectEvents(new AccountingPeriodReopened(NOVEMBER, FIRST, LAST, "invoice missed", NOW))
                    .expectResultMessagePayload(state(PeriodStatus.OPEN, NOW, false));
            assertThat(locks.isClosed(NOVEMBER)).isFalse();
        }

        @Test
        void an_approval_of_another_reopening_does_not_cover_this_one() {
            fixture.given(CLOSED)
                    .when(new ReopenAccountingPeriod(NOVEMBER, "another reason"),
                            Map.of(FourEyes.APPROVAL_ID, APPROVAL))
                    .expectNoEvents()
                    .expectException(ApprovalRequired.class);
        }

        @Test
        void a_period_that_is_not_closed_is_refused_periodNotClosed() {
            fixture.given(CLOSED, new AccountingPeriodReopened(NOVEMBER, FIRST, LAST, "x", NOW))
                    .when(REOPEN, Map.of(FourEyes.APPROVAL_ID, APPROVAL))
                    .expectNoEvents()
                    .expectException(refusal(RefusalCode.PERIOD_NOT_CLOSED, "periodId"));
        }

        @Test
        void a_missing_or_blank_reason_is_refused_invalidField() {
            fixture.given(CLOSED)
                    .when(new ReopenAccountingPeriod(NOVEMBER, "  "))
                    .expectException(refusal(RefusalCode.INVALID_FIELD, "reason"));
            fixture.given(CLOSED)
                    .when(new ReopenAccountingPeriod(NOVEMBER, null))
                    .expectException(refusal(RefusalCode.INVALID_FIELD, "reason"));
        }

        @Test
        void a_reason_with_a_NUL_byte_is_refused() {
            fixture.given(CLOSED)
                    .when(new ReopenAccountingPeriod(NOVEMBER, "oops\u0000"))
                    .expectNoEvents()
                    .expectException(refusal(RefusalCode.INVALID_TEXT, "reason"));
        }

        @Test
        void a_reopened_period_closes_again() {
            fixture.given(CLOSED, new AccountingPeriodReopened(NOVEMBER, FIRST, LAST, "x", NOW))
                    .when(new CloseAccountingPeriod(NOVEMBER))
                    .expectEvents(new AccountingPeriodClosed(NOVEMBER, FIRST, LAST, NOW));
        }
    }
}
