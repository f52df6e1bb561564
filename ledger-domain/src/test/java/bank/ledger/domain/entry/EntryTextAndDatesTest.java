package bank.ledger.domain.entry;

import static bank.ledger.domain.entry.Ledger.TODAY;
import static bank.ledger.domain.entry.Ledger.credit;
import static bank.ledger.domain.entry.Ledger.debit;
import static bank.ledger.domain.support.Refusals.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;

import bank.ledger.domain.account.api.FreezeAccount;
import bank.ledger.domain.entry.api.JournalEntryState;
import bank.ledger.domain.entry.api.PostJournalEntry;
import bank.ledger.domain.entry.api.PostPendingEntry;
import bank.ledger.domain.entry.api.ReverseJournalEntry;
import bank.ledger.domain.entry.api.VoidPendingEntry;
import bank.ledger.domain.identity.IdentityRegistry;
import bank.ledger.domain.refusal.RefusalCode;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every text field and date of the entry commands is checked before anything is reserved or written. */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class EntryTextAndDatesTest extends CashAndSalesLedger {
    private PostJournalEntry entry(String id, LocalDate date, String description, Map<String, String> metadata) {
        return new PostJournalEntry(id, date, description, false,
                List.of(debit("cash", "1.00"), credit("sales", "1.00")), metadata);
    }

    private void refusedWithNothingWritten(Object command, RefusalCode code, String field, String id) {
        int before = ledger.events().size();
        assertRefused(() -> ledger.send(command), code, field);
        assertThat(ledger.events()).hasSize(before);
        assertThat(ledger.registry.isReserved(id, IdentityRegistry.Kind.JOURNAL_ENTRY)).isFalse();
    }

    @Nested
    class Posting_an_entry {
        @ParameterizedTest
        @ValueSource(strings = {"e 1", "e\"1", "e\\1", "e\n1", "e\u00001", "e/1"})
        void an_id_outside_the_charset_is_invalidId_and_never_reserved(String id) {
            refusedWithNothingWritten(entry(id, null, null, null), RefusalCode.INVALID_ID, "id", id);
        }

        @Test
        void a_description_with_u0000_is_invalidText_but_line_breaks_are_accepted() {
            refusedWithNothingWritten(entry("e-1", null, "a\u0000b", null), RefusalCode.INVALID_TEXT,
                    "description", "e-1");
            assertThat(ledger.<JournalEntryState>send(entry("e-2", null, "line 1\nline 2\ttab", null)).entryId()).isNotNull();
        }

        @Test
        void a_metadata_value_with_an_unpaired_surrogate_is_invalidText() {
            refusedWithNothingWritten(entry("e-1", null, null, Map.of("ref", "x\ud800")), RefusalCode.INVALID_TEXT,
                    "metadata.ref", "e-1");
        }

        @Test
        void a_posting_account_id_outside_the_charset_is_invalidId_naming_the_line() {
            var command = new PostJournalEntry("e-1", null, null, false,
                    List.of(debit("cash", "1.00"), credit("sa les", "1.00")), null);
            refusedWithNothingWritten(command, RefusalCode.INVALID_ID, "postings[1].accountId", "e-1");
        }

        @Test
        void an_effective_date_outside_the_calendar_is_dateOutOfRange_and_its_bounds_are_accepted() {
            refusedWithNothingWritten(entry("e-1", LocalDate.parse("0000-01-01"), null, null),
                    RefusalCode.DATE_OUT_OF_RANGE, "effectiveDate", "e-1");
            refusedWithNothingWritten(entry("e-1", LocalDate.parse("+10000-01-01"), null, null),
                    RefusalCode.DATE_OUT_OF_RANGE, "effectiveDate", "e-1");
            assertThat(ledger.<JournalEntryState>send(entry("e-2", LocalDate.of(1900, 1, 1), null, null)).entryId()).isNotNull();
            assertThat(ledger.<JournalEntryState>send(entry("e-3", LocalDate.of(9999, 12, 30), null, null)).entryId()).isNotNull();
        }
    }

    @Nested
    class Holds_reversals_and_accounts {
        @Test
        void posting_a_hold_on_a_date_outside_the_calendar_is_dateOutOfRange() {
            ledger.send(new PostJournalEntry("h-1", null, null, true,
                    List.of(debit("cash", "1.00"), credit("sales", "1.00")), null));
            assertRefused(() -> ledger.send(new PostPendingEntry("h-1", List.of(), LocalDate.of(1899, 12, 31))),
                    RefusalCode.DATE_OUT_OF_RANGE, "effectiveDate");
        }

        @Test
        void a_void_reason_with_u0000_is_invalidText() {
            ledger.send(new PostJournalEntry("h-1", null, null, true,
                    List.of(debit("cash", "1.00"), credit("sales", "1.00")), null));
            assertRefused(() -> ledger.send(new VoidPendingEntry("h-1", "no\u0000")), RefusalCode.INVALID_TEXT,
                    "reason");
        }

        @Test
        void a_reversal_id_outside_the_charset_is_invalidId_and_never_reserved() {
            ledger.post("e-1", debit("cash", "1.00"), credit("sales", "1.00"));
            refusedWithNothingWritten(new ReverseJournalEntry("e-1", "r 1", TODAY, null, null), RefusalCode.INVALID_ID,
                    "id", "r 1");
            refusedWithNothingWritten(new ReverseJournalEntry("e-1", "r-1", LocalDate.of(10000, 1, 1), null, null),
                    RefusalCode.DATE_OUT_OF_RANGE, "effectiveDate", "r-1");
        }

        @Test
        void a_freeze_reason_with_u0000_or_over_500_characters_is_refused() {
            assertRefused(() -> ledger.send(new FreezeAccount("cash", "a\u0000")), RefusalCode.INVALID_TEXT, "reason");
            assertRefused(() -> ledger.send(new FreezeAccount("cash", "r".repeat(501))), RefusalCode.INVALID_FIELD,
                    "reason");
        }
    }
}
