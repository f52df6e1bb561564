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
import bank.ledger.domain.entry.api.JournalEntryPosted;
import bank.ledger.domain.entry.api.JournalEntryReversed;
import bank.ledger.domain.entry.api.JournalEntryState;
import bank.ledger.domain.entry.api.PostPendingEntry;
import bank.ledger.domain.entry.api.Posting;
import bank.ledger.domain.entry.api.ReverseJournalEntry;
import bank.ledger.domain.entry.api.Side;
import bank.ledger.domain.entry.api.VoidPendingEntry;
import bank.ledger.domain.refusal.RefusalCode;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

/** Mistakes are corrected by a reversing entry, never by an edit; an entry is reversed at most once. */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class ReverseJournalEntryTest {
    private Ledger ledger;

    @BeforeEach
    void postOriginal() {
        ledger = new Ledger();
        ledger.open("cash", "EUR");
        ledger.open("sales", AccountType.INCOME, "EUR", AccountFlags.NONE);
        ledger.post("e-1", debit("cash", "100.00"), credit("sales", "100.00"));
    }

    @AfterEach
    void close() {
        ledger.close();
    }

    private JournalEntryState reverse(String entryId, String reversalId) {
        return ledger.send(new ReverseJournalEntry(entryId, reversalId, null, null, Map.of()));
    }

    @Test
    void records_a_new_entry_with_every_line_on_the_other_side_linked_to_the_original() {
        int before = ledger.events().size();
        JournalEntryState reversal = reverse("e-1", "r-1");

        assertThat(reversal.entryId()).isEqualTo("r-1");
        assertThat(reversal.status()).isEqualTo(EntryStatus.POSTED);
        assertThat(reversal.reversalOf()).isEqualTo("e-1");
        assertThat(reversal.description()).isEqualTo("Reversal of e-1");
        assertThat(reversal.postings()).containsExactly(new Posting("cash", Side.CREDIT, 10_000, "EUR"),
                new Posting("sales", Side.DEBIT, 10_000, "EUR"));
        assertThat(ledger.entryState("e-1").reversedBy()).isEqualTo("r-1");
        assertThat(ledger.eventsAfter(before)).filteredOn(e -> !(e instanceof bank.ledger.domain.account.api
                .AccountBalanceChanged)).hasExactlyElementsOfTypes(JournalEntryReversed.class, JournalEntryPosted.class);
    }

    @Test
    void brings_every_account_s_balance_back_to_where_it_was() {
        reverse("e-1", "r-1");
        assertThat(ledger.totals("cash")).isEqualTo(new Balances(10_000, 10_000, 0, 0));
        assertThat(ledger.totals("cash").netPostedDebit()).isZero();
        assertThat(ledger.totals("sales").netPostedDebit()).isZero();
    }

    @Test
    void retried_with_the_same_request_answers_the_first_result_and_records_nothing() {
        JournalEntryState first = reverse("e-1", "r-1");
        int after = ledger.events().size();
        JournalEntryState retry = reverse("e-1", "r-1");
        assertThat(retry.replayed()).isTrue();
        assertThat(retry.postings()).isEqualTo(first.postings());
        assertThat(ledger.events()).hasSize(after);
    }

    @Test
    void the_same_reversal_id_with_another_request_is_an_idempotency_conflict() {
        reverse("e-1", "r-1");
        assertRefused(() -> ledger.send(new ReverseJournalEntry("e-1", "r-1", null, "other text", Map.of())),
                RefusalCode.IDEMPOTENCY_CONFLICT, "id");
    }

    @Test
    void a_second_reversal_under_another_id_is_refused_and_leaves_no_trace() {
        reverse("e-1", "r-1");
        int after = ledger.events().size();
        assertRefused(() -> reverse("e-1", "r-2"), RefusalCode.ENTRY_ALREADY_REVERSED, null);
        assertThat(ledger.events()).hasSize(after);
        assertThat(ledger.registry.isReserved("r-2")).isFalse();
    }

    @Test
    void a_hold_that_is_pending_or_voided_cannot_be_reversed() {
        ledger.send(hold("h-1", debit("cash", "5.00"), credit("sales", "5.00")));
        assertRefused(() -> reverse("h-1", "r-h"), RefusalCode.ENTRY_NOT_POSTED, null);
        ledger.send(new VoidPendingEntry("h-1", "cancelled"));
        assertRefused(() -> reverse("h-1", "r-h"), RefusalCode.ENTRY_NOT_POSTED, null);
    }

    @Test
    void a_hold_posted_in_part_is_reversed_for_the_part_that_was_posted() {
        ledger.send(hold("h-1", debit("cash", "5.00"), credit("sales", "5.00")));
        ledger.send(new PostPendingEntry("h-1", List.of(debit("cash", "2.00"), credit("sales", "2.00")), null));
        assertThat(reverse("h-1", "r-h").postings()).extracting(Posting::amountMinor).containsOnly(200L);
        assertThat(ledger.totals("cash")).isEqualTo(new Balances(10_200, 200, 0, 0));
    }

    @Test
    void an_unknown_entry_is_not_found_and_the_reversal_id_stays_free() {
        assertRefused(() -> reverse("e-unknown", "r-1"), RefusalCode.ENTRY_NOT_FOUND, "entryId");
        assertThat(ledger.registry.isReserved("r-1")).isFalse();
        assertThat(reverse("e-1", "r-1").replayed()).isFalse();
    }

    @Test
    void a_reversal_id_that_names_an_account_is_refused() {
        assertRefused(() -> reverse("e-1", "cash"), RefusalCode.ID_ALREADY_USED, "id");
    }

    @Test
    void the_reversal_itself_can_be_reversed() {
        reverse("e-1", "r-1");
        reverse("r-1", "r-r-1");
        assertThat(ledger.totals("cash")).isEqualTo(new Balances(20_000, 10_000, 0, 0));
    }
}
