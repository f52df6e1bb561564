package bank.ledger.app.edge;

import static org.assertj.core.api.Assertions.assertThat;

import bank.ledger.app.edge.parameters.QueryNames;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

/** The names of a query string, as the strict parameter check compares them with an endpoint's. */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class QueryNamesTest {
    @Test
    void names_are_decoded_once_each_in_order_without_their_values() {
        // %53 is "S": an encoded spelling of a name is that name
        assertThat(QueryNames.of("pageSize=10&after=a%3Db&page%53ize=3&flag")).containsExactly("pageSize", "after",
                "flag");
    }

    @Test
    void no_query_has_no_names() {
        assertThat(QueryNames.of(null)).isEmpty();
        assertThat(QueryNames.of("")).isEmpty();
        assertThat(QueryNames.of("&&=x")).isEmpty();
    }

    @Test
    void a_bad_escape_is_named_as_sent() {
        assertThat(QueryNames.of("page%zzSize=1")).containsExactly("page%zzSize");
    }
}
