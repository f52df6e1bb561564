package bank.ledger.projections.line;

import static org.assertj.core.api.Assertions.assertThat;

import bank.ledger.domain.account.api.AccountBalanceChanged;
import bank.ledger.domain.account.api.Balances;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class AccountLineTest {
    @Test
    void a_line_keeps_the_change_the_totals_after_it_and_who_did_it() {
        var event = new AccountBalanceChanged("a", "je-1", "EUR", LocalDate.of(2026, 3, 10),
                new Balances(0, 250, 0, -250), new Balances(0, 250, 0, 0), Instant.parse("2026-04-02T09:00:00Z"));

        AccountLine line = AccountLine.of(event, 4, "alice", "api", "corr-1");

        assertThat(line).isEqualTo(new AccountLine("a", 4, "je-1", "EUR", LocalDate.of(2026, 3, 10),
                Instant.parse("2026-04-02T09:00:00Z"), new Balances(0, 250, 0, -250), new Balances(0, 250, 0, 0),
                "alice", "api", "corr-1"));
        assertThat(AccountLine.of(event, 4, "alice", "api", "corr-1")).isEqualTo(line);
    }
}
