package bank.ledger.query.audit;

import static org.assertj.core.api.Assertions.assertThat;

import bank.ledger.domain.account.api.AccountBalanceChanged;
import bank.ledger.domain.account.api.AccountFlags;
import bank.ledger.domain.account.api.AccountFrozen;
import bank.ledger.domain.account.api.AccountOpened;
import bank.ledger.domain.account.api.AccountType;
import bank.ledger.domain.account.api.Balances;
import bank.ledger.query.api.AccountVerification.Difference;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AccountReplayTest {
    private static final Instant AT = Instant.parse("2026-03-01T00:00:00Z");

    private static AccountBalanceChanged changed(Balances change, Balances totals) {
        return new AccountBalanceChanged("a", "je", "EUR", LocalDate.of(2026, 3, 1), change, totals, AT);
    }

    @Test
    void an_account_is_rebuilt_from_its_events_alone() {
        AccountReplay replay = new AccountReplay();
        replay.apply(new AccountOpened("a", "1000", "Cash", AccountType.ASSET, "EUR", AccountFlags.NONE, Map.of(), AT), 0);
        replay.apply(changed(new Balances(1000, 0, 0, 0), new Balances(1000, 0, 0, 0)), 1);
        replay.apply(changed(new Balances(0, 0, 300, 0), new Balances(1000, 0, 300, 0)), 2);
        replay.apply(new AccountFrozen("a", "audit", AT), 3);

        assertThat(replay.status()).isEqualTo("FROZEN");
        assertThat(replay.totals()).isEqualTo(new Balances(1000, 0, 300, 0));
        assertThat(replay.sumOfChanges()).isEqualTo(replay.totals());
        assertThat(replay.lastSequence()).isEqualTo(3);
        assertThat(replay.balanceChanges()).isEqualTo(2);
    }

    @Test
    void totals_that_disagree_with_the_sum_of_changes_are_a_difference_in_decimal_strings() {
        List<Difference> differences = new ArrayList<>();

        Comparison.totals(differences, "events", "sum_of_changes.", "EUR", new Balances(1000, 0, 0, 0),
                new Balances(999, 0, 0, 0));

        assertThat(differences).containsExactly(new Difference("events", "sum_of_changes.debits_posted", "10.00", "9.99"));
    }
}
