package bank.ledger.domain.entry;

import static bank.ledger.domain.entry.Ledger.credit;
import static bank.ledger.domain.entry.Ledger.debit;
import static bank.ledger.domain.support.Refusals.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;

import bank.ledger.domain.account.api.AccountBalanceChanged;
import bank.ledger.domain.account.api.AccountFlags;
import bank.ledger.domain.account.api.AccountType;
import bank.ledger.domain.account.api.Balances;
import bank.ledger.domain.account.api.CloseAccount;
import bank.ledger.domain.account.api.UnfreezeAccount;
import bank.ledger.domain.entry.api.EntryStatus;
import bank.ledger.domain.refusal.RefusalCode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** What an entry needs from the accounts it names: that they exist, accept movements and keep their guards. */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class JournalEntryAccountRulesTest extends CashAndSalesLedger {
    @Nested
    class The_accounts_named {
        @Test
        void must_exist_and_the_refusal_names_the_line() {
            assertRefused(() -> ledger.post("e-1", debit("cash", "1.00"), credit("nowhere", "1.00")),
                    RefusalCode.ACCOUNT_NOT_FOUND, "postings[1].accountId");
        }

        @Test
        void must_be_accounts_not_journal_entries() {
            ledger.post("e-1", debit("cash", "1.00"), credit("sales", "1.00"));
            assertRefused(() -> ledger.post("e-2", debit("cash", "1.00"), credit("e-1", "1.00")),
                    RefusalCode.ACCOUNT_NOT_FOUND, "postings[1].accountId");
        }

        @Test
        void must_not_be_frozen_and_accept_postings_again_once_unfrozen() {
            ledger.freeze("sales");
            assertRefused(() -> ledger.post("e-1", debit("cash", "1.00"), credit("sales", "1.00")),
                    RefusalCode.ACCOUNT_FROZEN, "postings[1]");
            ledger.send(new UnfreezeAccount("sales", "lifted"));
            assertThat(ledger.post("e-1", debit("cash", "1.00"), credit("sales", "1.00")).status())
                    .isEqualTo(EntryStatus.POSTED);
        }

        @Test
        void must_not_be_closed() {
            ledger.open("old", "EUR");
            ledger.send(new CloseAccount("old", "unused"));
            assertRefused(() -> ledger.post("e-1", debit("old", "1.00"), credit("sales", "1.00")),
                    RefusalCode.ACCOUNT_CLOSED, "postings[0]");
        }

        @Test
        void a_refusal_on_the_last_account_undoes_the_changes_already_made_to_the_first() {
            ledger.open("zz-frozen", "EUR");
            ledger.freeze("zz-frozen");
            int before = ledger.events().size();
            // accounts are changed in id order: "cash" moves before "zz-frozen" refuses
            assertRefused(() -> ledger.post("e-1", debit("cash", "1.00"), credit("zz-frozen", "1.00")),
                    RefusalCode.ACCOUNT_FROZEN, "postings[1]");
            assertThat(ledger.events()).hasSize(before).noneMatch(AccountBalanceChanged.class::isInstance);
            assertThat(ledger.totals("cash")).isEqualTo(Balances.ZERO);
        }
    }

    @Nested
    class An_account_whose_debits_must_not_exceed_its_credits {
        @BeforeEach
        void deposit() {
            ledger.open("wallet", AccountType.LIABILITY, "EUR", new AccountFlags(true, false));
            ledger.post("deposit", debit("cash", "50.00"), credit("wallet", "50.00"));
        }

        @Test
        void may_be_debited_exactly_down_to_zero() {
            ledger.post("spend", debit("wallet", "50.00"), credit("cash", "50.00"));
            assertThat(ledger.totals("wallet")).isEqualTo(new Balances(5_000, 5_000, 0, 0));
        }

        @Test
        void refuses_a_debit_one_minor_unit_more() {
            assertRefused(() -> ledger.post("spend", debit("wallet", "50.01"), credit("cash", "50.01")),
                    RefusalCode.EXCEEDS_CREDITS, "postings[0]");
            assertThat(ledger.totals("wallet")).isEqualTo(new Balances(0, 5_000, 0, 0));
        }

        @Test
        void counts_held_debits_against_its_credits() {
            ledger.send(Ledger.hold("hold", debit("wallet", "30.00"), credit("cash", "30.00")));
            ledger.post("spend-20", debit("wallet", "20.00"), credit("cash", "20.00"));
            assertRefused(() -> ledger.post("spend-more", debit("wallet", "0.01"), credit("cash", "0.01")),
                    RefusalCode.EXCEEDS_CREDITS, "postings[0]");
        }

        @Test
        void is_not_guarded_against_credits() {
            ledger.post("refund", debit("cash", "1000.00"), credit("wallet", "1000.00"));
            assertThat(ledger.totals("wallet").creditsPosted()).isEqualTo(105_000);
        }
    }

    @Nested
    class An_account_whose_credits_must_not_exceed_its_debits {
        @BeforeEach
        void lend() {
            ledger.open("loan", AccountType.ASSET, "EUR", new AccountFlags(false, true));
            ledger.post("lend", debit("loan", "50.00"), credit("cash", "50.00"));
        }

        @Test
        void may_be_credited_exactly_up_to_its_debits() {
            ledger.post("repay", debit("cash", "50.00"), credit("loan", "50.00"));
            assertThat(ledger.totals("loan")).isEqualTo(new Balances(5_000, 5_000, 0, 0));
        }

        @Test
        void refuses_a_credit_one_minor_unit_more() {
            assertRefused(() -> ledger.post("repay", debit("cash", "50.01"), credit("loan", "50.01")),
                    RefusalCode.EXCEEDS_DEBITS, "postings[1]");
        }
    }
}
