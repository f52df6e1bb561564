package bank.ledger.domain.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import bank.ledger.domain.account.api.AccountStatus;
import bank.ledger.domain.refusal.LedgerRefusal;
import bank.ledger.domain.refusal.RefusalCode;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Whether an account can be used: both sides of each boundary, and the refusal naming the caller's field. */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class AccountUsabilityTest {

    @Nested
    class Existence {
        @Test
        void an_account_that_was_opened_is_usable() {
            assertThatCode(() -> AccountUsability.requireUsable("bank-eur", "EUR", AccountStatus.OPEN, "EUR",
                    "ledgerAccountId")).doesNotThrowAnyException();
        }

        @Test
        void an_account_nothing_opened_is_not_found_under_the_field() {
            assertRefused(() -> AccountUsability.requireUsable("nobody", null, null, "EUR", "suspenseAccountId"),
                    RefusalCode.ACCOUNT_NOT_FOUND, "suspenseAccountId");
        }

        @Test
        void an_empty_aggregate_is_no_such_account() {
            assertThatThrownBy(() -> AccountUsability.requireExists(false, null, null))
                    .isInstanceOfSatisfying(LedgerRefusal.class, refusal -> {
                        assertThat(refusal.code()).isEqualTo(RefusalCode.ACCOUNT_NOT_FOUND);
                        assertThat(refusal.getMessage()).contains("no such account");
                    });
        }
    }

    @Nested
    class Status {
        @Test
        void a_frozen_account_is_still_usable_as_a_destination_named_in_advance() {
            assertThatCode(() -> AccountUsability.requireUsable("paused", "EUR", AccountStatus.FROZEN, "EUR",
                    "ledgerAccountId")).doesNotThrowAnyException();
        }

        @Test
        void a_closed_account_is_refused() {
            assertRefused(() -> AccountUsability.requireUsable("old", "EUR", AccountStatus.CLOSED, "EUR",
                    "differenceAccountId"), RefusalCode.ACCOUNT_CLOSED, "differenceAccountId");
        }
    }

    @Nested
    class Currency {
        @Test
        void an_account_in_the_asked_currency_is_usable_and_one_in_another_is_a_mismatch() {
            assertThatCode(() -> AccountUsability.requireUsable("usd", "USD", AccountStatus.OPEN, "USD", "f"))
                    .doesNotThrowAnyException();
            assertRefused(() -> AccountUsability.requireUsable("usd", "USD", AccountStatus.OPEN, "EUR", "f"),
                    RefusalCode.CURRENCY_MISMATCH, "f");
        }

        @Test
        void a_closed_account_in_another_currency_is_refused_for_the_currency_first() {
            assertRefused(() -> AccountUsability.requireUsable("old-usd", "USD", AccountStatus.CLOSED, "EUR", "f"),
                    RefusalCode.CURRENCY_MISMATCH, "f");
        }
    }

    private static void assertRefused(Runnable call, RefusalCode code, String field) {
        assertThatThrownBy(call::run).isInstanceOfSatisfying(LedgerRefusal.class, refusal -> {
            assertThat(refusal.code()).isEqualTo(code);
            assertThat(refusal.field()).isEqualTo(field);
        });
    }
}
