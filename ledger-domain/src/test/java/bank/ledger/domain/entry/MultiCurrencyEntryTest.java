package bank.ledger.domain.entry;

import static bank.ledger.domain.entry.Ledger.credit;
import static bank.ledger.domain.entry.Ledger.debit;
import static bank.ledger.domain.support.Refusals.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;

import bank.ledger.domain.account.api.AccountFlags;
import bank.ledger.domain.account.api.AccountType;
import bank.ledger.domain.entry.api.FxLeg;
import bank.ledger.domain.entry.api.JournalEntryPosted;
import bank.ledger.domain.entry.api.JournalEntryState;
import bank.ledger.domain.entry.api.PostJournalEntry;
import bank.ledger.domain.entry.api.ReverseJournalEntry;
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
 * An entry may span currencies when each currency balances through a designated FX clearing account and
 * the rate on the entry makes the two FX amounts agree (docs/currencies.md). KWD has 3 decimals, USD 2, JPY 0.
 */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class MultiCurrencyEntryTest {
    static final LocalDate RATE_DAY = LocalDate.of(2025, 3, 14);
    static final AccountFlags FX = new AccountFlags(false, false, true);
    Ledger ledger;

    @BeforeEach
    void open_accounts() {
        ledger = new Ledger();
        ledger.open("cash-usd", "USD");
        ledger.open("cash-kwd", "KWD");
        ledger.open("cash-jpy", "JPY");
        ledger.open("fx-usd", AccountType.ASSET, "USD", FX);
        ledger.open("fx-kwd", AccountType.ASSET, "KWD", FX);
        ledger.open("fx-jpy", AccountType.ASSET, "JPY", FX);
    }

    @AfterEach
    void close() {
        ledger.close();
    }

    static FxLeg usdKwd(String rate) {
        return new FxLeg("USD", "KWD", rate, "treasury desk", RATE_DAY);
    }

    /** Buys 100.00 USD for KWD: USD in through fx-usd, KWD out through fx-kwd. */
    static PostJournalEntry buyUsd(String id, String kwd, List<FxLeg> legs) {
        return new PostJournalEntry(id, null, "buy USD", false, List.of(debit("cash-usd", "100.00"),
                credit("fx-usd", "100.00"), debit("fx-kwd", kwd), credit("cash-kwd", kwd)), Map.of(), legs);
    }

    @Nested
    class Posting_an_entry_in_two_currencies {
        @Test
        void balanced_per_currency_through_fx_accounts_records_the_rate_on_the_event() {
            JournalEntryState state = ledger.send(buyUsd("fx-1", "30.150", List.of(usdKwd("0.3015"))));

            assertThat(state.fx()).containsExactly(usdKwd("0.3015"));
            assertThat(ledger.events()).filteredOn(JournalEntryPosted.class::isInstance)
                    .map(e -> ((JournalEntryPosted) e).fx()).containsExactly(List.of(usdKwd("0.3015")));
            assertThat(ledger.entryState("fx-1").fx()).containsExactly(usdKwd("0.3015"));
        }

        @Test
        void is_refused_without_a_rate() {
            assertRefused(() -> ledger.send(buyUsd("fx-1", "30.150", List.of())), RefusalCode.FX_RATE_REQUIRED, "fx");
        }

        @Test
        void is_refused_when_the_amounts_disagree_with_the_rate_by_more_than_the_rounding() {
            assertRefused(() -> ledger.send(buyUsd("fx-1", "30.152", List.of(usdKwd("0.3015")))),
                    RefusalCode.FX_RATE_MISMATCH, "fx[0].rate");
        }

        @Test
        void is_refused_when_a_currency_does_not_pass_through_an_fx_account() {
            PostJournalEntry direct = new PostJournalEntry("fx-1", null, "no clearing", false, List.of(
                    debit("cash-usd", "100.00"), credit("fx-usd", "100.00"), debit("cash-kwd", "30.150"),
                    credit("cash-kwd", "30.150")), Map.of(), List.of(usdKwd("0.3015")));
            assertRefused(() -> ledger.send(direct), RefusalCode.FX_ACCOUNT_REQUIRED, "postings");
        }

        @Test
        void is_refused_when_a_currency_does_not_balance_on_its_own() {
            PostJournalEntry unbalanced = new PostJournalEntry("fx-1", null, "unbalanced", false, List.of(
                    debit("cash-usd", "100.00"), credit("fx-kwd", "30.150")), Map.of(), List.of(usdKwd("0.3015")));
            assertRefused(() -> ledger.send(unbalanced), RefusalCode.UNBALANCED_ENTRY, "postings");
        }

        @Test
        void is_refused_when_the_rate_names_a_currency_the_entry_does_not_have() {
            FxLeg eurKwd = new FxLeg("EUR", "KWD", "0.33", "desk", RATE_DAY);
            assertRefused(() -> ledger.send(buyUsd("fx-1", "30.150", List.of(eurKwd))),
                    RefusalCode.FX_LEG_MISMATCH, "fx[0]");
        }

        @Test
        void is_refused_for_a_rate_that_is_not_a_positive_decimal() {
            assertRefused(() -> ledger.send(buyUsd("fx-1", "30.150", List.of(usdKwd("-0.3")))),
                    RefusalCode.INVALID_RATE, "fx[0].rate");
            assertRefused(() -> ledger.send(buyUsd("fx-1", "30.150", List.of(usdKwd("3e-1")))),
                    RefusalCode.INVALID_RATE, "fx[0].rate");
        }

        @Test
        void accepts_the_yen_side_rounded_half_even_to_whole_yen() {
            // 10.00 USD at 149.875 JPY is 1498.75 JPY: whole yen, half-even, is 1499
            PostJournalEntry yen = new PostJournalEntry("buy-jpy", null, "buy JPY", false, List.of(
                    debit("fx-usd", "10.00"), credit("cash-usd", "10.00"), debit("cash-jpy", "1499"),
                    credit("fx-jpy", "1499")), Map.of(),
                    List.of(new FxLeg("USD", "JPY", "149.875", "bank confirmation", RATE_DAY)));
            assertThat(ledger.<JournalEntryState>send(yen).fx()).hasSize(1);
        }

        @Test
        void a_retry_with_another_rate_is_an_idempotency_conflict() {
            ledger.send(buyUsd("fx-1", "30.150", List.of(usdKwd("0.3015"))));
            assertThat(ledger.<JournalEntryState>send(buyUsd("fx-1", "30.150", List.of(usdKwd("0.30150")))).replayed())
                    .isTrue();
            assertRefused(() -> ledger.send(buyUsd("fx-1", "30.150",
                    List.of(new FxLeg("USD", "KWD", "0.3015", "other source", RATE_DAY)))),
                    RefusalCode.IDEMPOTENCY_CONFLICT, "id");
        }

        @Test
        void a_hold_cannot_carry_a_rate() {
            PostJournalEntry hold = new PostJournalEntry("h-1", null, "hold", true,
                    List.of(debit("cash-usd", "1.00"), credit("fx-usd", "1.00")), Map.of(), List.of(usdKwd("0.3")));
            assertRefused(() -> ledger.send(hold), RefusalCode.INVALID_FIELD, "fx");
        }
    }

    @Nested
    class Reversing_an_entry_in_two_currencies {
        @Test
        void the_reversal_carries_the_same_rate() {
            ledger.send(buyUsd("fx-1", "30.150", List.of(usdKwd("0.3015"))));
            JournalEntryState reversal = ledger.send(new ReverseJournalEntry("fx-1", "fx-1-rev", null, null, Map.of()));
            assertThat(reversal.fx()).containsExactly(usdKwd("0.3015"));
        }
    }

    @Nested
    class Single_currency_entries {
        @Test
        void need_no_rate_and_record_none() {
            ledger.open("other-usd", "USD");
            JournalEntryState state = ledger.post("e-1", debit("cash-usd", "1.00"), credit("other-usd", "1.00"));
            assertThat(state.fx()).isEmpty();
            assertThat(ledger.events()).filteredOn(JournalEntryPosted.class::isInstance)
                    .map(e -> ((JournalEntryPosted) e).fx()).containsExactly((List<FxLeg>) null);
        }
    }
}
