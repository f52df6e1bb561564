package bank.ledger.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import bank.ledger.query.representation.AccountResponse;
import bank.ledger.query.api.EventHistoryView;
import java.util.List;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Pages answer the one convention, items and nextAfter, beside their old names for one version. */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class PageJsonTest {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void a_page_of_accounts_has_items_and_next_after_beside_the_old_names() {
        JsonNode page = JSON.valueToTree(new AccountResponse.Page(List.of(), "C-9"));

        assertThat(page.get("items").isArray()).isTrue();
        assertThat(page.get("nextAfter").asString()).isEqualTo("C-9");
        assertThat(page.get("nextAfterCode").asString()).isEqualTo("C-9");
        assertThat(page.has("accounts")).isTrue();
    }

    @Test
    void the_last_page_has_a_null_next_after() {
        JsonNode page = JSON.valueToTree(new EventHistoryView("a", "Account", List.of(), null));

        assertThat(page.get("nextAfter").isNull()).isTrue();
        assertThat(page.get("items").size()).isZero();
    }
}
