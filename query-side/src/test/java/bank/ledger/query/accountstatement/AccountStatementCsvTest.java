package bank.ledger.query.accountstatement;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class AccountStatementCsvTest {
    @Test
    void a_description_with_commas_quotes_and_a_formula_stays_in_its_column() {
        assertThat(AccountStatementCsv.quote("rent, \"May\"")).isEqualTo("\"rent, \"\"May\"\"\"");
        assertThat(AccountStatementCsv.quote("=HYPERLINK(1)")).isEqualTo("\"'=HYPERLINK(1)\"");
        assertThat(AccountStatementCsv.quote(null)).isEmpty();
    }

    @Test
    void the_csv_opens_and_closes_with_the_period_balances() {
        var line = new AccountStatementResponse.Line("je-1", LocalDate.of(2026, 2, 3), Instant.parse("2026-02-03T10:00:00Z"),
                "deposit", "30.00", "0.00", "130.00", null, null, "c-1", "2026-02-03_1");
        var statement = new AccountStatementResponse("a", "ASSET", "EUR", LocalDate.of(2026, 2, 1), LocalDate.of(2026, 2, 28),
                null, "100.00", "30.00", "0.00", "130.00", "100.00", List.of(line), null);

        String[] rows = AccountStatementCsv.of(statement, statement.lines()).split("\r\n");

        assertThat(rows).containsExactly(AccountStatementCsv.HEADER.trim(),
                "\"2026-02-01\",,,\"opening balance\",,,\"100.00\",\"EUR\",",
                "\"2026-02-03\",\"2026-02-03T10:00:00Z\",\"je-1\",\"deposit\",\"30.00\",\"0.00\",\"130.00\",\"EUR\",\"c-1\"",
                "\"2026-02-28\",,,\"closing balance\",\"30.00\",\"0.00\",\"130.00\",\"EUR\",");
    }
}
