package bank.ledger.domain.account;

import static bank.ledger.domain.account.AccountFixtures.CLOCK;
import static bank.ledger.domain.account.AccountFixtures.ID;
import static bank.ledger.domain.account.AccountFixtures.NOW;
import static bank.ledger.domain.account.AccountFixtures.OPENED_AT;
import static bank.ledger.domain.account.AccountFixtures.open;
import static bank.ledger.domain.account.AccountFixtures.opened;
import static bank.ledger.domain.account.AccountFixtures.state;
import static bank.ledger.domain.account.AccountFixtures.totals;
import static bank.ledger.domain.account.AccountFixtures.withName;
import static bank.ledger.domain.support.Refusals.refusal;
import static org.assertj.core.api.Assertions.assertThat;

import bank.ledger.domain.account.api.AccountClosed;
import bank.ledger.domain.account.api.AccountFrozen;
import bank.ledger.domain.account.api.AccountOpened;
import bank.ledger.domain.account.api.AccountStatus;
import bank.ledger.domain.account.api.AccountUnfrozen;
import bank.ledger.domain.account.api.Balances;
import bank.ledger.domain.account.api.CloseAccount;
import bank.ledger.domain.account.api.FreezeAccount;
import bank.ledger.domain.account.api.UnfreezeAccount;
import bank.ledger.domain.identity.IdentityRegistry;
import bank.ledger.domain.refusal.RefusalCode;
import bank.ledger.domain.support.InMemoryIdentityRegistry;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class AccountTest {
    private InMemoryIdentityRegistry registry;
    private FixtureConfiguration<Account> fixture;

    @BeforeEach
    void setUp() {
        registry = new InMemoryIdentityRegistry();
        fixture = new AggregateTestFixture<>(Account.class);
        fixture.registerInjectableResource(registry);
        fixture.registerInjectableResource(CLOCK);
        fixture.registerInjectableResource(bank.ledger.domain.approval.FourEyes.off());
    }

    @Nested
    class Opening_an_account {
        @Test
        void a_fresh_account_opens_with_zero_totals_at_the_clock_s_time() {
            fixture.givenNoPriorActivity()
                    .when(open())
                    .expectEvents(new AccountOpened(ID, "1000", "Cash", open().type(), "EUR", open().flags(),
                            open().metadata(), NOW))
                    .expectResultMessagePayload(state(AccountStatus.OPEN, Balances.ZERO, NOW, false));
            assertThat(registry.isReserved(ID)).isTrue();
            assertThat(registry.isCodeTaken("1000")).isTrue();
        }

        @Test
        void a_retry_with_the_same_content_answers_the_first_result_and_records_nothing() {
            fixture.givenCommands(open())
                    .when(open())
                    .expectNoEvents()
                    .expectResultMessagePayload(state(AccountStatus.OPEN, Balances.ZERO, NOW, true));
        }

        @Test
        void a_retry_answers_the_account_as_it_is_now_not_as_it_was_opened() {
            fixture.given(opened(), totals(new Balances(500, 0, 0, 0)))
                    .when(open())
                    .expectNoEvents()
                    .expectResultMessagePayload(state(AccountStatus.OPEN, new Balances(500, 0, 0, 0), OPENED_AT, true));
        }

        @Test
        void the_same_id_with_different_content_is_an_idempotency_conflict() {
            fixture.givenCommands(open())
                    .when(withName("Petty cash"))
                    .expectNoEvents()
                    .expectException(refusal(RefusalCode.IDEMPOTENCY_CONFLICT, "id"));
        }

        @Test
        void an_id_that_names_a_journal_entry_cannot_name_an_account() {
            registry.reserve(ID, IdentityRegistry.Kind.JOURNAL_ENTRY, "id");
            fixture.givenNoPriorActivity()
                    .when(open())
                    .expectNoEvents()
                    .expectException(refusal(RefusalCode.ID_ALREADY_USED, "id"));
        }

        @Test
        void an_account_code_held_by_another_account_is_refused() {
            registry.reserveAccountCode("1000", "acc-other");
            fixture.givenNoPriorActivity()
                    .when(open())
                    .expectNoEvents()
                    .expectException(refusal(RefusalCode.ACCOUNT_CODE_TAKEN, "code"));
        }

        @Test
        void a_refused_opening_leaves_its_id_and_code_free_for_a_corrected_request() {
            registry.reserveAccountCode("1000", "acc-other");
            fixture.givenNoPriorActivity().when(open()).expectException(refusal(RefusalCode.ACCOUNT_CODE_TAKEN, "code"));
            assertThat(registry.isReserved(ID)).isFalse();
        }
    }

    @Nested
    class Freezing_and_unfreezing {
        @Test
        void an_open_account_freezes() {
            fixture.given(opened())
                    .when(new FreezeAccount(ID, "court order"))
                    .expectEvents(new AccountFrozen(ID, "court order", NOW))
                    .expectResultMessagePayload(state(AccountStatus.FROZEN, Balances.ZERO, OPENED_AT, false));
        }

        @Test
        void freezing_a_frozen_account_changes_nothing() {
            fixture.given(opened(), new AccountFrozen(ID, "court order", OPENED_AT))
                    .when(new FreezeAccount(ID, "again"))
                    .expectNoEvents()
                    .expectResultMessagePayload(state(AccountStatus.FROZEN, Balances.ZERO, OPENED_AT, false));
        }

        @Test
        void a_frozen_account_unfreezes() {
            fixture.given(opened(), new AccountFrozen(ID, "court order", OPENED_AT))
                    .when(new UnfreezeAccount(ID, "order lifted"))
                    .expectEvents(new AccountUnfrozen(ID, "order lifted", NOW))
                    .expectResultMessagePayload(state(AccountStatus.OPEN, Balances.ZERO, OPENED_AT, false));
        }

        @Test
        void unfreezing_an_open_account_changes_nothing() {
            fixture.given(opened())
                    .when(new UnfreezeAccount(ID, "nothing to lift"))
                    .expectNoEvents()
                    .expectResultMessagePayload(state(AccountStatus.OPEN, Balances.ZERO, OPENED_AT, false));
        }

        @Test
        void a_closed_account_can_be_neither_frozen_nor_unfrozen() {
            fixture.given(opened(), new AccountClosed(ID, "done", OPENED_AT))
                    .when(new FreezeAccount(ID, "late"))
                    .expectNoEvents()
                    .expectException(refusal(RefusalCode.ACCOUNT_CLOSED, null));
            fixture.given(opened(), new AccountClosed(ID, "done", OPENED_AT))
                    .when(new UnfreezeAccount(ID, "late"))
                    .expectNoEvents()
                    .expectException(refusal(RefusalCode.ACCOUNT_CLOSED, null));
        }

        @Test
        void an_account_that_was_never_opened_is_not_found() {
            fixture.givenNoPriorActivity()
                    .when(new FreezeAccount("acc-unknown", "why"))
                    .expectException(AggregateNotFoundException.class);
        }
    }

    @Nested
    class Closing_an_account {
        @Test
        void an_account_that_never_moved_closes() {
            fixture.given(opened())
                    .when(new CloseAccount(ID, "no longer used"))
                    .expectEvents(new AccountClosed(ID, "no longer used", NOW))
                    .expectResultMessagePayload(state(AccountStatus.CLOSED, Balances.ZERO, OPENED_AT, false));
        }

        @Test
        void an_account_whose_debits_equal_its_credits_closes() {
            Balances settled = new Balances(500, 500, 0, 0);
            fixture.given(opened(), totals(settled))
                    .when(new CloseAccount(ID, "settled"))
                    .expectEvents(new AccountClosed(ID, "settled", NOW));
        }

        @Test
        void an_account_one_minor_unit_away_from_zero_does_not_close() {
            fixture.given(opened(), totals(new Balances(500, 499, 0, 0)))
                    .when(new CloseAccount(ID, "too early"))
                    .expectNoEvents()
                    .expectException(refusal(RefusalCode.NON_ZERO_BALANCE, null));
        }

        @Test
        void an_account_with_an_open_hold_does_not_close_even_at_zero_posted_balance() {
            fixture.given(opened(), totals(new Balances(500, 500, 0, 1)))
                    .when(new CloseAccount(ID, "too early"))
                    .expectNoEvents()
                    .expectException(refusal(RefusalCode.PENDING_BALANCE_OPEN, null));
        }

        @Test
        void a_frozen_account_at_zero_closes() {
            fixture.given(opened(), new AccountFrozen(ID, "court order", OPENED_AT))
                    .when(new CloseAccount(ID, "wound up"))
                    .expectEvents(new AccountClosed(ID, "wound up", NOW));
        }

        @Test
        void closing_a_closed_account_again_answers_the_closed_account_and_records_nothing() {
            fixture.given(opened(), new AccountClosed(ID, "done", OPENED_AT))
                    .when(new CloseAccount(ID, "again"))
                    .expectNoEvents()
                    .expectResultMessagePayload(state(AccountStatus.CLOSED, Balances.ZERO, OPENED_AT, true));
        }
    }
}
