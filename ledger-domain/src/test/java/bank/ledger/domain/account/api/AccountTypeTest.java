package bank.ledger.domain.account.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import bank.ledger.domain.entry.api.Side;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class AccountTypeTest {

    @Nested
    class Debit_normal_types {
        @ParameterizedTest
        @EnumSource(value = AccountType.class, names = {"ASSET", "EXPENSE"})
        void grow_with_debits(AccountType type) {
            assertThat(type.normalSide()).isEqualTo(Side.DEBIT);
            assertThat(type.isDebitNormal()).isTrue();
            assertThat(type.netDebitSign()).isEqualTo(1);
        }

        @ParameterizedTest
        @EnumSource(value = AccountType.class, names = {"ASSET", "EXPENSE"})
        void are_positive_when_debits_exceed_credits_and_negative_otherwise(AccountType type) {
            assertThat(type.signedBalance(150, 50)).isEqualTo(100);
            assertThat(type.signedBalance(50, 150)).isEqualTo(-100);
            assertThat(type.signedBalance(70, 70)).isZero();
        }
    }

    @Nested
    class Credit_normal_types {
        @ParameterizedTest
        @EnumSource(value = AccountType.class, names = {"LIABILITY", "EQUITY", "INCOME"})
        void grow_with_credits(AccountType type) {
            assertThat(type.normalSide()).isEqualTo(Side.CREDIT);
            assertThat(type.isDebitNormal()).isFalse();
            assertThat(type.netDebitSign()).isEqualTo(-1);
        }

        @ParameterizedTest
        @EnumSource(value = AccountType.class, names = {"LIABILITY", "EQUITY", "INCOME"})
        void are_positive_when_credits_exceed_debits_and_negative_otherwise(AccountType type) {
            assertThat(type.signedBalance(50, 150)).isEqualTo(100);
            assertThat(type.signedBalance(150, 50)).isEqualTo(-100);
            assertThat(type.signedBalance(70, 70)).isZero();
        }
    }

    @Test
    void the_signed_balance_is_the_net_debit_turned_onto_the_normal_side_for_every_type() {
        for (AccountType type : AccountType.values()) {
            assertThat(type.signedBalance(30, 80)).isEqualTo(type.netDebitSign() * (30 - 80L));
            assertThat(type.signedBalance(80, 30)).isEqualTo(type.netDebitSign() * (80 - 30L));
        }
    }

    @Test
    void holds_lower_what_is_available_only_on_the_side_that_lowers_the_balance() {
        assertThat(AccountType.ASSET.availableBalance(100, 0, 30, 20)).isEqualTo(80);
        assertThat(AccountType.EXPENSE.availableBalance(100, 0, 30, 20)).isEqualTo(80);
        assertThat(AccountType.LIABILITY.availableBalance(0, 100, 30, 20)).isEqualTo(70);
        assertThat(AccountType.EQUITY.availableBalance(0, 100, 30, 20)).isEqualTo(70);
        assertThat(AccountType.INCOME.availableBalance(0, 100, 30, 20)).isEqualTo(70);
    }

    @Test
    void a_balance_beyond_a_long_is_an_error_not_a_wrap() {
        assertThatThrownBy(() -> AccountType.ASSET.signedBalance(Long.MAX_VALUE, -1)).isInstanceOf(ArithmeticException.class);
    }

    @Test
    void the_sql_rule_lists_exactly_the_debit_normal_types() {
        assertThat(AccountType.netDebitSignSql("a.type"))
                .isEqualTo("(case when a.type in ('ASSET', 'EXPENSE') then 1 else -1 end)");
    }
}
