package bank.ledger.domain.entry;

import static bank.ledger.domain.entry.Ledger.credit;
import static bank.ledger.domain.entry.Ledger.debit;
import static bank.ledger.domain.entry.Ledger.entry;
import static bank.ledger.domain.entry.Ledger.hold;
import static bank.ledger.domain.support.Refusals.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;

import bank.ledger.domain.account.api.AccountStatus;
import bank.ledger.domain.account.api.AccountState;
import bank.ledger.domain.account.api.CloseAccount;
import bank.ledger.domain.approval.ApprovalRequired;
import bank.ledger.domain.approval.FourEyes;
import bank.ledger.domain.approval.FourEyesPolicy;
import bank.ledger.domain.entry.api.EntryStatus;
import bank.ledger.domain.entry.api.JournalEntryState;
import bank.ledger.domain.entry.api.PostJournalEntry;
import bank.ledger.domain.entry.api.PostPendingEntry;
import bank.ledger.domain.entry.api.ReverseJournalEntry;
import bank.ledger.domain.refusal.RefusalCode;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The command handlers ask the four-eyes gate, whatever channel the command came by. */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class FourEyesGateTest {
    private final Map<String, Object> approved = new HashMap<>(); // approval id -> the command it holds
    private Ledger ledger;

    @BeforeEach
    void ledgerWithFourEyesAt10000() {
        FourEyesPolicy policy = new FourEyesPolicy(Map.of("EUR", 1_000_000L), new BigDecimal("10000"));
        ledger = new Ledger(new FourEyes(() -> Optional.of(policy),
                (id, command) -> command.equals(approved.get(id)), Set.of("engine")));
        ledger.open("cash", "EUR");
        ledger.open("deposits", "EUR");
        ledger.open("yen", "JPY");
        ledger.open("yen-deposits", "JPY");
    }

    @AfterEach
    void close() {
        ledger.close();
    }

    private static Map<String, Object> by(String channel) {
        return Map.of("actor", "someone", "channel", channel);
    }

    private static Map<String, Object> approvedAs(String approvalId) {
        return Map.of("actor", "maker", "channel", "api", FourEyes.APPROVAL_ID, approvalId);
    }

    @Nested
    class A_posting {
        @Test
        void below_the_threshold_posts_without_approval() {
            JournalEntryState posted = ledger.send(entry("e-1", debit("cash", "9999.99"), credit("deposits", "9999.99")),
                    by("api"));
            assertThat(posted.status()).isEqualTo(EntryStatus.POSTED);
        }

        @Test
        void at_the_threshold_is_refused_with_its_reason_and_records_nothing() {
            int before = ledger.events().size();
            ApprovalRequired refused = (ApprovalRequired) assertRefused(() -> ledger.send(
                    entry("e-2", debit("cash", "10000.00"), credit("deposits", "10000.00")), by("api")),
                    RefusalCode.APPROVAL_REQUIRED, null);
            assertThat(refused.reason()).isEqualTo("largePosting");
            assertThat(ledger.events()).hasSize(before);
        }

        @Test
        void in_yen_uses_the_default_threshold_in_yen() {
            ledger.send(entry("y-1", debit("yen", "9999"), credit("yen-deposits", "9999")), by("api"));
            assertRefused(() -> ledger.send(entry("y-2", debit("yen", "10000"), credit("yen-deposits", "10000")),
                    by("api")), RefusalCode.APPROVAL_REQUIRED, null);
        }

        @Test
        void with_an_approval_of_this_very_command_posts() {
            PostJournalEntry command = entry("e-3", debit("cash", "20000.00"), credit("deposits", "20000.00"));
            approved.put("a-1", command);

            JournalEntryState posted = ledger.send(command, approvedAs("a-1"));

            assertThat(posted.status()).isEqualTo(EntryStatus.POSTED);
        }

        @Test
        void with_an_approval_of_another_command_is_refused() {
            approved.put("a-2", entry("e-4", debit("cash", "20000.00"), credit("deposits", "20000.00")));
            PostJournalEntry bigger = entry("e-4", debit("cash", "90000.00"), credit("deposits", "90000.00"));

            assertRefused(() -> ledger.send(bigger, approvedAs("a-2")), RefusalCode.APPROVAL_REQUIRED, null);
            assertRefused(() -> ledger.send(bigger, approvedAs("unknown")), RefusalCode.APPROVAL_REQUIRED, null);
        }

        @Test
        void by_the_reconciliation_engine_is_exempt() {
            JournalEntryState posted = ledger.send(entry("e-5", debit("cash", "50000.00"),
                    credit("deposits", "50000.00")), by("engine"));
            assertThat(posted.status()).isEqualTo(EntryStatus.POSTED);
        }

        @Test
        void that_the_ledger_would_refuse_anyway_is_refused_for_that_reason_first() {
            assertRefused(() -> ledger.send(entry("e-6", debit("cash", "50000.00"), credit("deposits", "40000.00")),
                    by("api")), RefusalCode.UNBALANCED_ENTRY, "postings");
        }
    }

    @Nested
    class A_hold {
        @Test
        void at_the_threshold_needs_approval_to_be_recorded_and_again_to_be_posted() {
            PostJournalEntry record = hold("h-1", debit("cash", "10000.00"), credit("deposits", "10000.00"));
            assertRefused(() -> ledger.send(record, by("api")), RefusalCode.APPROVAL_REQUIRED, null);
            approved.put("a-3", record);
            ledger.send(record, approvedAs("a-3"));

            PostPendingEntry post = new PostPendingEntry("h-1", List.of(), null);
            assertRefused(() -> ledger.send(post, by("api")), RefusalCode.APPROVAL_REQUIRED, null);
            approved.put("a-4", post);
            assertThat(((JournalEntryState) ledger.send(post, approvedAs("a-4"))).status())
                    .isEqualTo(EntryStatus.POSTED);
        }

        @Test
        void posted_in_part_below_the_threshold_needs_no_approval() {
            PostJournalEntry record = hold("h-2", debit("cash", "10000.00"), credit("deposits", "10000.00"));
            approved.put("a-5", record);
            ledger.send(record, approvedAs("a-5"));

            JournalEntryState posted = ledger.send(new PostPendingEntry("h-2",
                    List.of(debit("cash", "100.00"), credit("deposits", "100.00")), null), by("api"));

            assertThat(posted.status()).isEqualTo(EntryStatus.POSTED);
        }
    }

    @Nested
    class A_reversal {
        @Test
        void of_any_amount_needs_approval_and_then_reverses() {
            ledger.send(entry("small", debit("cash", "1.00"), credit("deposits", "1.00")), by("api"));
            ReverseJournalEntry reverse = new ReverseJournalEntry("small", "small-rev", null, null, Map.of());

            ApprovalRequired refused = (ApprovalRequired) assertRefused(() -> ledger.send(reverse, by("api")),
                    RefusalCode.APPROVAL_REQUIRED, null);
            assertThat(refused.reason()).isEqualTo("reversal");
            assertThat(ledger.entryState("small").status()).isEqualTo(EntryStatus.POSTED);

            approved.put("a-6", reverse);
            assertThat(((JournalEntryState) ledger.send(reverse, approvedAs("a-6"))).reversalOf()).isEqualTo("small");
        }

        @Test
        void by_the_reconciliation_engine_is_exempt() {
            ledger.send(entry("sus", debit("cash", "1.00"), credit("deposits", "1.00")), by("engine"));
            JournalEntryState reversal = ledger.send(new ReverseJournalEntry("sus", "sus-rev", null, null, Map.of()),
                    by("engine"));
            assertThat(reversal.reversalOf()).isEqualTo("sus");
        }
    }

    @Nested
    class Closing_an_account {
        @Test
        void needs_approval_and_then_closes() {
            ledger.open("empty", "EUR");
            CloseAccount close = new CloseAccount("empty", "unused");

            ApprovalRequired refused = (ApprovalRequired) assertRefused(() -> ledger.send(close, by("api")),
                    RefusalCode.APPROVAL_REQUIRED, null);
            assertThat(refused.reason()).isEqualTo("closeAccount");

            approved.put("a-7", close);
            assertThat(((AccountState) ledger.send(close, approvedAs("a-7"))).status()).isEqualTo(AccountStatus.CLOSED);
        }
    }
}
