package bank.ledger.domain.entry;

import static bank.ledger.domain.entry.Ledger.credit;
import static bank.ledger.domain.entry.Ledger.debit;
import static bank.ledger.domain.entry.Ledger.hold;
import static bank.ledger.domain.support.Refusals.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;

import bank.ledger.domain.account.api.AccountFlags;
import bank.ledger.domain.account.api.AccountType;
import bank.ledger.domain.account.api.Balances;
import bank.ledger.domain.entry.api.EntryStatus;
import bank.ledger.domain.entry.api.JournalEntryState;
import bank.ledger.domain.entry.api.PendingJournalEntryPosted;
import bank.ledger.domain.entry.api.PendingJournalEntryRecorded;
import bank.ledger.domain.entry.api.PendingJournalEntryVoided;
import bank.ledger.domain.entry.api.PostPendingEntry;
import bank.ledger.domain.entry.api.Posting;
import bank.ledger.domain.entry.api.PostingRequest;
import bank.ledger.domain.entry.api.Side;
import bank.ledger.domain.entry.api.VoidPendingEntry;
import bank.ledger.domain.refusal.RefusalCode;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Holds: recorded as pending, then posted in whole or in part, or voided; each at most once. */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class PendingEntryTest {
    private Ledger ledger;

    @BeforeEach
    void recordHold() {
        ledger = new Ledger();
        ledger.open("cash", "EUR");
        ledger.open("sales", AccountType.INCOME, "EUR", AccountFlags.NONE);
        JournalEntryState held = ledger.send(hold("h-1", debit("cash", "100.00"), credit("sales", "100.00")));
        assertThat(held.status()).isEqualTo(EntryStatus.PENDING);
    }

    @AfterEach
    void close() {
        ledger.close();
    }

    private JournalEntryState postHold(PostingRequest... lines) {
        return ledger.send(new PostPendingEntry("h-1", List.of(lines), null));
    }

    private JournalEntryState voidHold() {
        return ledger.send(new VoidPendingEntry("h-1", "cancelled"));
    }

    @Nested
    class Recording_a_hold {
        @Test
        void moves_only_the_pending_totals() {
            assertThat(ledger.totals("cash")).isEqualTo(new Balances(0, 0, 10_000, 0));
            assertThat(ledger.totals("sales")).isEqualTo(new Balances(0, 0, 0, 10_000));
            assertThat(ledger.events()).last().isInstanceOf(PendingJournalEntryRecorded.class);
            assertThat(ledger.entryState("h-1").postedPostings()).isEmpty();
        }

        @Test
        void keeps_an_account_with_a_hold_from_closing() {
            assertRefused(() -> ledger.send(new bank.ledger.domain.account.api.CloseAccount("cash", "x")),
                    RefusalCode.PENDING_BALANCE_OPEN, null);
        }
    }

    @Nested
    class Posting_a_hold {
        @Test
        void in_whole_moves_every_held_amount_from_pending_to_posted() {
            JournalEntryState posted = postHold();
            assertThat(posted.status()).isEqualTo(EntryStatus.POSTED);
            assertThat(posted.postedPostings()).isEqualTo(posted.postings());
            assertThat(ledger.totals("cash")).isEqualTo(new Balances(10_000, 0, 0, 0));
            assertThat(ledger.totals("sales")).isEqualTo(new Balances(0, 10_000, 0, 0));
            assertThat(ledger.events()).last().isInstanceOf(PendingJournalEntryPosted.class);
        }

        @Test
        void in_part_posts_the_named_amounts_and_releases_the_remainder() {
            JournalEntryState posted = postHold(debit("cash", "60.00"), credit("sales", "60.00"));
            assertThat(posted.postedPostings()).containsExactlyInAnyOrder(
                    new Posting("cash", Side.DEBIT, 6_000, "EUR"), new Posting("sales", Side.CREDIT, 6_000, "EUR"));
            assertThat(ledger.totals("cash")).isEqualTo(new Balances(6_000, 0, 0, 0));
            assertThat(ledger.totals("sales")).isEqualTo(new Balances(0, 6_000, 0, 0));
        }

        @Test
        void in_part_must_still_balance() {
            assertRefused(() -> postHold(debit("cash", "60.00"), credit("sales", "59.99")),
                    RefusalCode.UNBALANCED_ENTRY, "postings");
            assertRefused(() -> postHold(debit("cash", "60.00")), RefusalCode.UNBALANCED_ENTRY, "postings");
        }

        @Test
        void in_part_may_name_up_to_the_held_amount_and_not_one_minor_unit_more() {
            assertRefused(() -> postHold(debit("cash", "100.01"), credit("sales", "100.01")),
                    RefusalCode.EXCEEDS_PENDING_AMOUNT, "postings[0].amount");
            assertThat(postHold(debit("cash", "100.00"), credit("sales", "100.00")).status())
                    .isEqualTo(EntryStatus.POSTED);
        }

        @Test
        void in_part_may_name_only_lines_of_the_hold() {
            assertRefused(() -> postHold(credit("cash", "10.00"), debit("sales", "10.00")),
                    RefusalCode.POSTING_NOT_IN_ENTRY, "postings[0]");
        }

        @Test
        void twice_with_the_same_request_answers_the_first_result_and_records_nothing() {
            postHold(debit("cash", "60.00"), credit("sales", "60.00"));
            int after = ledger.events().size();
            JournalEntryState retry = postHold(credit("sales", "60.0"), debit("cash", "60"));
            assertThat(retry.replayed()).isTrue();
            assertThat(ledger.events()).hasSize(after);
        }

        @Test
        void twice_with_another_request_is_refused_as_already_posted() {
            postHold();
            assertRefused(() -> postHold(debit("cash", "1.00"), credit("sales", "1.00")),
                    RefusalCode.ENTRY_ALREADY_POSTED, null);
        }

        @Test
        void that_was_voided_is_refused() {
            voidHold();
            assertRefused(() -> postHold(), RefusalCode.ENTRY_ALREADY_VOIDED, null);
        }

        @Test
        void that_does_not_exist_or_names_an_account_is_not_found() {
            assertRefused(() -> ledger.send(new PostPendingEntry("h-unknown", List.of(), null)),
                    RefusalCode.ENTRY_NOT_FOUND, "entryId");
            assertRefused(() -> ledger.send(new PostPendingEntry("cash", List.of(), null)),
                    RefusalCode.ENTRY_NOT_FOUND, "entryId");
        }

        @Test
        void that_was_posted_directly_is_refused_as_already_posted() {
            ledger.post("e-1", debit("cash", "1.00"), credit("sales", "1.00"));
            assertRefused(() -> ledger.send(new PostPendingEntry("e-1", List.of(), null)),
                    RefusalCode.ENTRY_ALREADY_POSTED, null);
        }
    }

    @Nested
    class Voiding_a_hold {
        @Test
        void releases_every_held_amount() {
            JournalEntryState voided = voidHold();
            assertThat(voided.status()).isEqualTo(EntryStatus.VOIDED);
            assertThat(ledger.totals("cash")).isEqualTo(Balances.ZERO);
            assertThat(ledger.totals("sales")).isEqualTo(Balances.ZERO);
            assertThat(ledger.events()).last().isInstanceOf(PendingJournalEntryVoided.class);
        }

        @Test
        void twice_answers_the_voided_entry_and_records_nothing() {
            voidHold();
            int after = ledger.events().size();
            assertThat(voidHold().replayed()).isTrue();
            assertThat(ledger.events()).hasSize(after);
        }

        @Test
        void after_it_was_posted_is_refused() {
            postHold();
            assertRefused(() -> voidHold(), RefusalCode.ENTRY_ALREADY_POSTED, null);
        }

        @Test
        void works_on_a_frozen_account_because_a_release_is_not_a_new_movement() {
            ledger.freeze("cash");
            assertRefused(() -> postHold(), RefusalCode.ACCOUNT_FROZEN, "postings[0]");
            assertThat(voidHold().status()).isEqualTo(EntryStatus.VOIDED);
            assertThat(ledger.totals("cash")).isEqualTo(Balances.ZERO);
        }
    }
}
