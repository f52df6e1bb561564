package bank.ledger.domain.entry;

import static bank.ledger.domain.entry.Ledger.credit;
import static bank.ledger.domain.entry.Ledger.debit;
import static bank.ledger.domain.support.Refusals.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;

import bank.ledger.domain.account.api.AccountFlags;
import bank.ledger.domain.account.api.AccountType;
import bank.ledger.domain.account.api.Balances;
import bank.ledger.domain.entry.api.EntryStatus;
import bank.ledger.domain.entry.api.JournalEntryState;
import bank.ledger.domain.entry.api.PostJournalEntry;
import bank.ledger.domain.entry.api.PostPendingEntry;
import bank.ledger.domain.entry.api.PostingRequest;
import bank.ledger.domain.entry.api.ReverseJournalEntry;
import bank.ledger.domain.entry.api.VoidPendingEntry;
import bank.ledger.domain.period.api.CloseAccountingPeriod;
import bank.ledger.domain.refusal.RefusalCode;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The period lock through the whole in-memory ledger: February 2025 is closed (today is 2025-03-14), so
 * nothing effective in it moves money any more, whatever command tries; March takes entries as before.
 */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class ClosedPeriodEntryTest {
    private static final LocalDate IN_FEBRUARY = LocalDate.of(2025, 2, 28);
    private static final LocalDate FIRST_OF_MARCH = LocalDate.of(2025, 3, 1);
    private Ledger ledger;

    @BeforeEach
    void closeFebruary() {
        ledger = new Ledger();
        ledger.open("cash", "EUR");
        ledger.open("sales", AccountType.INCOME, "EUR", AccountFlags.NONE);
        ledger.send(entryOn("before-close", IN_FEBRUARY, false));
        ledger.send(entryOn("hold-feb", IN_FEBRUARY, true));
        ledger.send(new CloseAccountingPeriod("2025-02"));
    }

    @AfterEach
    void shutDown() {
        ledger.close();
    }

    private static PostJournalEntry entryOn(String id, LocalDate date, boolean pending) {
        return new PostJournalEntry(id, date, "test", pending, List.of(debit("cash", "10.00"),
                credit("sales", "10.00")), Map.of());
    }

    @Nested
    class Posting_an_entry {
        @Test
        void dated_on_the_last_day_of_the_closed_month_is_refused_periodClosed_at_effectiveDate() {
            assertRefused(() -> ledger.send(entryOn("late", IN_FEBRUARY, false)), RefusalCode.PERIOD_CLOSED,
                    "effectiveDate");
            assertThat(ledger.registry.isReserved("late")).isFalse();
        }

        @Test
        void dated_on_the_first_day_after_it_passes() {
            assertThat(ledger.<JournalEntryState>send(entryOn("march", FIRST_OF_MARCH, false)))
                    .extracting(JournalEntryState::status).isEqualTo(EntryStatus.POSTED);
        }

        @Test
        void recording_a_hold_in_it_is_refused_too() {
            assertRefused(() -> ledger.send(entryOn("late-hold", IN_FEBRUARY, true)), RefusalCode.PERIOD_CLOSED,
                    "effectiveDate");
        }

        @Test
        void a_retry_of_an_entry_posted_before_the_close_answers_the_first_result() {
            assertThat(ledger.<JournalEntryState>send(entryOn("before-close", IN_FEBRUARY, false)))
                    .extracting(JournalEntryState::replayed).isEqualTo(true);
        }
    }

    @Nested
    class Posting_a_hold_of_the_closed_month {
        @Test
        void on_its_own_date_is_refused() {
            assertRefused(() -> ledger.send(new PostPendingEntry("hold-feb", List.<PostingRequest>of(), null)),
                    RefusalCode.PERIOD_CLOSED, "effectiveDate");
            assertThat(ledger.totals("cash")).isEqualTo(new Balances(1_000, 0, 1_000, 0));
        }

        @Test
        void with_an_effective_date_in_an_open_period_passes() {
            assertThat(ledger.<JournalEntryState>send(new PostPendingEntry("hold-feb", List.<PostingRequest>of(), FIRST_OF_MARCH)))
                    .extracting(JournalEntryState::status).isEqualTo(EntryStatus.POSTED);
        }

        @Test
        void voiding_it_passes_because_a_void_posts_nothing() {
            assertThat(ledger.<JournalEntryState>send(new VoidPendingEntry("hold-feb", "not needed")))
                    .extracting(JournalEntryState::status).isEqualTo(EntryStatus.VOIDED);
        }
    }

    @Nested
    class Reversing_an_entry_of_the_closed_month {
        @Test
        void dated_in_it_is_refused() {
            assertRefused(() -> ledger.send(new ReverseJournalEntry("before-close", "rev-1", IN_FEBRUARY, null,
                    null)), RefusalCode.PERIOD_CLOSED, "effectiveDate");
        }

        @Test
        void dated_today_passes() {
            assertThat(ledger.<JournalEntryState>send(new ReverseJournalEntry("before-close", "rev-2", null, null, null)))
                    .extracting(JournalEntryState::status).isEqualTo(EntryStatus.POSTED);
        }
    }
}
