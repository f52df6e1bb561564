package bank.ledger.domain.entry;

import static bank.ledger.domain.entry.Ledger.NOW;
import static bank.ledger.domain.entry.Ledger.TODAY;
import static bank.ledger.domain.entry.Ledger.credit;
import static bank.ledger.domain.entry.Ledger.debit;
import static bank.ledger.domain.entry.Ledger.entry;
import static bank.ledger.domain.support.Refusals.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;

import bank.ledger.domain.account.api.AccountBalanceChanged;
import bank.ledger.domain.account.api.Balances;
import bank.ledger.domain.entry.api.EntryStatus;
import bank.ledger.domain.entry.api.JournalEntryPosted;
import bank.ledger.domain.entry.api.JournalEntryState;
import bank.ledger.domain.entry.api.Posting;
import bank.ledger.domain.entry.api.PostingRequest;
import bank.ledger.domain.entry.api.Side;
import bank.ledger.domain.refusal.RefusalCode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Posting a journal entry through a real in-memory Axon ledger: shape, balance and amounts. */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class JournalEntryCommandHandlerTest extends CashAndSalesLedger {
    @Nested
    class A_balanced_entry {
        @Test
        void is_posted_and_moves_the_posted_totals_of_each_account() {
            int before = ledger.events().size();
            JournalEntryState state = ledger.post("e-1", debit("cash", "100.00"), credit("sales", "100.00"));

            List<Posting> postings = List.of(new Posting("cash", Side.DEBIT, 10_000, "EUR"),
                    new Posting("sales", Side.CREDIT, 10_000, "EUR"));
            assertThat(state).isEqualTo(new JournalEntryState("e-1", EntryStatus.POSTED, TODAY, "test entry",
                    postings, postings, java.util.Map.of(), null, null, NOW, false));
            assertThat(ledger.totals("cash")).isEqualTo(new Balances(10_000, 0, 0, 0));
            assertThat(ledger.totals("sales")).isEqualTo(new Balances(0, 10_000, 0, 0));
            assertThat(ledger.eventsAfter(before)).hasSize(3)
                    .hasExactlyElementsOfTypes(AccountBalanceChanged.class, AccountBalanceChanged.class,
                            JournalEntryPosted.class);
        }

        @Test
        void several_lines_on_one_account_add_up_and_debits_equal_credits_across_the_ledger() {
            ledger.open("bank", "EUR");
            ledger.post("e-1", debit("cash", "30.00"), debit("cash", "70.00"), credit("sales", "60.00"),
                    credit("bank", "40.00"));

            assertThat(ledger.totals("cash")).isEqualTo(new Balances(10_000, 0, 0, 0));
            long debits = 0;
            long credits = 0;
            for (String account : List.of("cash", "sales", "bank")) {
                debits += ledger.totals(account).debitsPosted();
                credits += ledger.totals(account).creditsPosted();
            }
            assertThat(debits).isEqualTo(credits).isEqualTo(10_000);
        }

        @Test
        void spans_currencies_only_with_a_rate_through_fx_accounts_issue_18() {
            // before issue 18 two unrelated currencies could share an entry; now they need a rate (MultiCurrencyEntryTest)
            ledger.open("usd-cash", "USD");
            ledger.open("usd-sales", "USD");
            assertRefused(() -> ledger.post("e-1", debit("cash", "1.00"), credit("sales", "1.00"),
                    debit("usd-cash", "2.00"), credit("usd-sales", "2.00")), RefusalCode.FX_RATE_REQUIRED, "fx");
            assertThat(ledger.totals("usd-sales")).isEqualTo(new Balances(0, 0, 0, 0));
        }

        @Test
        void takes_its_effective_date_from_the_request_when_given() {
            var command = new bank.ledger.domain.entry.api.PostJournalEntry("e-1", TODAY.minusDays(10), null, false,
                    List.of(debit("cash", "1"), credit("sales", "1")), null);
            JournalEntryState state = ledger.send(command);
            assertThat(state.effectiveDate()).isEqualTo(TODAY.minusDays(10));
        }
    }

    @Nested
    class An_unbalanced_or_malformed_entry {
        @Test
        void is_refused_when_debits_and_credits_differ_by_one_minor_unit() {
            assertRefused(() -> ledger.post("e-1", debit("cash", "100.00"), credit("sales", "99.99")),
                    RefusalCode.UNBALANCED_ENTRY, "postings");
        }

        @Test
        void is_refused_when_one_currency_balances_and_the_other_does_not() {
            ledger.open("usd-cash", "USD");
            ledger.open("usd-sales", "USD");
            assertRefused(() -> ledger.post("e-1", debit("cash", "1.00"), credit("sales", "1.00"),
                    debit("usd-cash", "2.00"), credit("usd-sales", "1.99")), RefusalCode.UNBALANCED_ENTRY, "postings");
        }

        @Test
        void needs_at_least_two_postings() {
            assertRefused(() -> ledger.post("e-1"), RefusalCode.TOO_FEW_POSTINGS, "postings");
            assertRefused(() -> ledger.post("e-1", debit("cash", "1.00")), RefusalCode.TOO_FEW_POSTINGS, "postings");
        }

        @Test
        void has_at_most_500_postings() {
            assertThat(ledger.post("e-500", lines(EntryRules.POSTINGS_MAX)).status()).isEqualTo(EntryStatus.POSTED);
            assertRefused(() -> ledger.post("e-502", lines(EntryRules.POSTINGS_MAX + 2)),
                    RefusalCode.TOO_MANY_POSTINGS, "postings");
        }

        @Test
        void refuses_an_amount_that_is_not_a_decimal_string() {
            assertRefused(() -> ledger.post("e-1", debit("cash", "1e3"), credit("sales", "1000")),
                    RefusalCode.INVALID_AMOUNT, "postings[0].amount");
            assertRefused(() -> ledger.post("e-1", debit("cash", "10"), credit("sales", "10,00")),
                    RefusalCode.INVALID_AMOUNT, "postings[1].amount");
        }

        @Test
        void refuses_a_zero_or_negative_amount() {
            assertRefused(() -> ledger.post("e-1", debit("cash", "0.00"), credit("sales", "0.00")),
                    RefusalCode.NON_POSITIVE_AMOUNT, "postings[0].amount");
            assertRefused(() -> ledger.post("e-1", debit("cash", "-5"), credit("sales", "-5")),
                    RefusalCode.NON_POSITIVE_AMOUNT, "postings[0].amount");
        }

        @Test
        void names_the_line_whose_currency_is_not_its_account_s() {
            PostingRequest inUsd = new PostingRequest("sales", Side.CREDIT, "1.00", "USD");
            assertRefused(() -> ledger.post("e-1", debit("cash", "1.00"), inUsd),
                    RefusalCode.CURRENCY_MISMATCH, "postings[1].currency");
            PostingRequest inEur = new PostingRequest("sales", Side.CREDIT, "1.00", "EUR");
            assertThat(ledger.post("e-1", debit("cash", "1.00"), inEur).status()).isEqualTo(EntryStatus.POSTED);
        }

        @Test
        void leaves_no_event_and_no_reservation_behind_so_a_corrected_request_posts() {
            int before = ledger.events().size();
            assertRefused(() -> ledger.post("e-1", debit("cash", "100.00"), credit("sales", "99.99")),
                    RefusalCode.UNBALANCED_ENTRY, "postings");
            assertThat(ledger.events()).hasSize(before);
            assertThat(ledger.registry.isReserved("e-1")).isFalse();

            JournalEntryState corrected = ledger.post("e-1", debit("cash", "100.00"), credit("sales", "100.00"));
            assertThat(corrected.replayed()).isFalse();
            assertThat(corrected.status()).isEqualTo(EntryStatus.POSTED);
        }

        private PostingRequest[] lines(int count) {
            List<PostingRequest> lines = new ArrayList<>();
            for (int i = 0; i < count / 2; i++) {
                lines.add(debit("cash", "0.01"));
                lines.add(credit("sales", "0.01"));
            }
            return lines.toArray(PostingRequest[]::new);
        }
    }

    @Nested
    class Amounts_and_decimals {
        @Test
        void a_euro_amount_with_three_decimals_is_refused_but_a_dinar_amount_is_not() {
            assertRefused(() -> ledger.post("e-eur", debit("cash", "1.001"), credit("sales", "1.001")),
                    RefusalCode.TOO_MANY_DECIMALS, "postings[0].amount");
            ledger.open("kwd-cash", "KWD");
            ledger.open("kwd-sales", "KWD");
            JournalEntryState state = ledger.post("e-kwd", debit("kwd-cash", "1.001"), credit("kwd-sales", "1.001"));
            assertThat(state.postings()).extracting(Posting::amountMinor).containsOnly(1001L);
        }

        @Test
        void a_yen_amount_has_no_decimals() {
            ledger.open("jpy-cash", "JPY");
            ledger.open("jpy-sales", "JPY");
            assertRefused(() -> ledger.post("e-1", debit("jpy-cash", "1.5"), credit("jpy-sales", "1.5")),
                    RefusalCode.TOO_MANY_DECIMALS, "postings[0].amount");
            assertThat(ledger.post("e-2", debit("jpy-cash", "15"), credit("jpy-sales", "15")).postings())
                    .extracting(Posting::amountMinor).containsOnly(15L);
        }

        @Test
        void trailing_zeros_within_the_currency_s_decimals_are_fine_beyond_them_they_are_not() {
            assertThat(ledger.post("e-1", debit("cash", "1.5"), credit("sales", "1.50")).postings())
                    .extracting(Posting::amountMinor).containsOnly(150L);
            assertRefused(() -> ledger.post("e-2", debit("cash", "1.500"), credit("sales", "1.50")),
                    RefusalCode.TOO_MANY_DECIMALS, "postings[0].amount");
        }

        @Test
        void amounts_that_add_up_beyond_a_long_are_refused_as_an_overflow() {
            ledger.open("clf-a", "CLF");
            ledger.open("clf-b", "CLF");
            List<PostingRequest> lines = new ArrayList<>();
            for (int i = 0; i < 10; i++) {
                lines.add(debit("clf-a", "99999999999999.9999"));
            }
            for (int i = 0; i < 10; i++) {
                lines.add(credit("clf-b", "99999999999999.9999"));
            }
            assertRefused(() -> ledger.post("e-1", lines.toArray(PostingRequest[]::new)),
                    RefusalCode.AMOUNT_OVERFLOW, "postings");
        }

        @Test
        void more_than_four_decimals_are_refused_before_any_account_is_read() {
            assertRefused(() -> ledger.post("e-1", debit("nowhere", "1.00001"), credit("sales", "1")),
                    RefusalCode.TOO_MANY_DECIMALS, "postings[0].amount");
        }
    }
}
