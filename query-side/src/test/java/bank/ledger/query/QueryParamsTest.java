package bank.ledger.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import bank.ledger.domain.refusal.LedgerRefusal;
import bank.ledger.query.api.LineKey;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class QueryParamsTest {
    @Test
    void a_cursor_is_read_back_as_the_key_it_was_written_from() {
        LineKey key = new LineKey(LocalDate.of(2026, 3, 31), 7);

        assertThat(QueryParams.lineKey(key.text())).isEqualTo(key);
        assertThat(QueryParams.lineKey(null)).isNull();
    }

    @Test
    void a_malformed_cursor_names_the_after_parameter() {
        assertThatThrownBy(() -> QueryParams.lineKey("2026-03-31-7")).isInstanceOf(LedgerRefusal.class)
                .extracting(e -> ((LedgerRefusal) e).field()).isEqualTo("after");
    }

    @Test
    void dates_before_1900_are_refused_and_1900_is_accepted() {
        assertThat(QueryParams.date("1900-01-01", "date")).isEqualTo(LocalDate.of(1900, 1, 1));
        assertThatThrownBy(() -> QueryParams.date("1899-12-31", "date")).isInstanceOf(LedgerRefusal.class);
    }
}
