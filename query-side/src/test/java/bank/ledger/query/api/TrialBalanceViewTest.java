package bank.ledger.query.api;

import static org.assertj.core.api.Assertions.assertThat;

import bank.ledger.query.api.TrialBalanceView.AccountBalance;
import bank.ledger.query.api.TrialBalanceView.CurrencyTotals;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class TrialBalanceViewTest {
    @Test
    void an_account_sits_on_the_side_its_net_movement_is_on() {
        assertThat(AccountBalance.of("a", "1000", "Cash", "ASSET", "EUR", 500, 200))
                .extracting(AccountBalance::debitBalance, AccountBalance::creditBalance).containsExactly(300L, 0L);
        assertThat(AccountBalance.of("b", "2000", "Deposits", "LIABILITY", "EUR", 200, 500))
                .extracting(AccountBalance::debitBalance, AccountBalance::creditBalance).containsExactly(0L, 300L);
    }

    @Test
    void a_currency_whose_debit_and_credit_balances_differ_by_one_minor_unit_is_unbalanced() {
        var view = new TrialBalanceView(LocalDate.of(2026, 3, 31), null, List.of(
                new CurrencyTotals("EUR", 2, 300, 300, 500, 500),
                new CurrencyTotals("JPY", 2, 1500, 1499, 1500, 1499)), List.of(), null);

        assertThat(view.unbalanced()).extracting(CurrencyTotals::currency).containsExactly("JPY");
    }
}
