package bank.ledger.app.readmodel;

import static org.assertj.core.api.Assertions.assertThat;

import bank.ledger.app.support.Api;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The general ledger filtered by correlation id, entry metadata, account and period. */
class GeneralLedgerIT extends ReadModelTestSupport {
    private static final String LINES = "/api/v1/ledger/lines";

    @Nested
    class FindLedgerLines {
        @Test
        void the_lines_of_one_request_are_found_by_its_correlation_id() {
            String cash = openAccount("ASSET", "EUR", Map.of());
            String income = openAccount("INCOME", "EUR", Map.of());
            Api.Response posted = post("2026-05-05", cash, income, "6.00");
            String correlationId = posted.header("X-Correlation-Id");

            Api.Response page = await(LINES + "?correlationId=" + correlationId, r -> r.body().get("lines").size() == 2);

            JsonNode lines = page.body().get("lines");
            assertThat(lines).extracting(l -> l.get("accountId").asString()).containsExactlyInAnyOrder(cash, income);
            assertThat(lines).extracting(l -> l.get("entryId").asString()).containsOnly(posted.text("id"));
            assertThat(lines).extracting(l -> l.get("debit").asString() + "/" + l.get("credit").asString())
                    .containsExactlyInAnyOrder("6.00/0.00", "0.00/6.00");
            assertThat(lines.get(0).get("channel").asString()).isEqualTo("api");
        }

        @Test
        void an_entry_metadata_key_and_value_select_its_lines_and_nothing_else() {
            String cash = openAccount("ASSET", "EUR", Map.of());
            String income = openAccount("INCOME", "EUR", Map.of());
            String invoice = newId("inv");
            String tagged = post("2026-05-06", cash, income, "3.00", Map.of("invoice", invoice)).text("id");
            post("2026-05-06", cash, income, "4.00", Map.of("invoice", newId("other")));
            awaitBalanceAt(cash, "2026-05-31", "7.00");

            JsonNode byValue = await(LINES + "?metadataKey=invoice&metadataValue=" + invoice,
                    r -> r.body().get("lines").size() == 2).body().get("lines");
            // both entries' metadata must have reached rm_journal_entry: wait for the second one too
            JsonNode byKey = await(LINES + "?accountId=" + cash + "&metadataKey=invoice",
                    r -> r.body().get("lines").size() == 2).body().get("lines");

            assertThat(byValue).extracting(l -> l.get("entryId").asString()).containsOnly(tagged).hasSize(2);
            assertThat(byValue.get(0).get("metadata").get("invoice").asString()).isEqualTo(invoice);
            assertThat(byKey).extracting(l -> l.get("debit").asString()).containsExactlyInAnyOrder("3.00", "4.00");
        }

        @Test
        void an_account_and_a_period_are_paged_in_effective_date_order() {
            String cash = openAccount("ASSET", "EUR", Map.of());
            String income = openAccount("INCOME", "EUR", Map.of());
            post("2026-05-03", cash, income, "3.00");
            post("2026-05-01", cash, income, "1.00");
            post("2026-05-02", cash, income, "2.00");
            post("2026-06-01", cash, income, "9.00");
            awaitBalanceAt(cash, "2026-06-30", "15.00");
            String base = LINES + "?accountId=" + cash + "&from=2026-05-01&to=2026-05-31&pageSize=2";

            Api.Response first = api.get(base);
            Api.Response second = api.get(base + "&after=" + first.text("next"));

            assertThat(first.body().get("lines")).extracting(l -> l.get("debit").asString()).containsExactly("1.00", "2.00");
            assertThat(second.body().get("lines")).extracting(l -> l.get("debit").asString()).containsExactly("3.00");
            assertThat(second.text("next")).isNull();
        }

        @Test
        void malformed_filters_are_refused_with_the_parameter_named() {
            assertProblem(api.get(LINES + "?metadataValue=x"), 400, "invalidField", "metadataKey");
            assertProblem(api.get(LINES + "?after=not-a-cursor"), 400, "invalidField", "after");
            assertProblem(api.get(LINES + "?pageSize=501"), 400, "invalidField", "pageSize");
            assertProblem(api.get(LINES + "?correlationId=" + "x".repeat(129)), 400, "invalidField", "correlationId");
            assertProblem(api.get(LINES + "?from=2026-05-02&to=2026-05-01"), 400, "invalidField", "to");
        }
    }

    @Nested
    class FindJournalEntries {
        private static final String JOURNAL = "/api/v1/journal-entries";

        @Test
        void the_journal_lists_whole_entries_by_account_metadata_and_correlation_id() {
            String cash = openAccount("ASSET", "EUR", Map.of());
            String income = openAccount("INCOME", "EUR", Map.of());
            String batch = newId("batch");
            Api.Response first = post("2026-04-02", cash, income, "2.00", Map.of("batch", batch));
            Api.Response second = post("2026-04-01", cash, income, "1.00", Map.of("batch", batch));
            awaitBalanceAt(cash, "2026-04-30", "3.00");

            JsonNode byAccount = await(JOURNAL + "?accountId=" + cash, r -> r.body().get("entries").size() == 2)
                    .body().get("entries");
            JsonNode byBatch = await(JOURNAL + "?metadataKey=batch&metadataValue=" + batch + "&pageSize=1",
                    r -> r.body().get("entries").size() == 1).body();
            JsonNode byCorrelation = await(JOURNAL + "?correlationId=" + first.header("X-Correlation-Id"),
                    r -> r.body().get("entries").size() == 1).body().get("entries");

            assertThat(byAccount).extracting(e -> e.get("id").asString())
                    .containsExactly(second.text("id"), first.text("id"));
            assertThat(byAccount.get(0).get("postings")).hasSize(2);
            assertThat(byBatch.get("entries").get(0).get("id").asString()).isEqualTo(second.text("id"));
            assertThat(api.get(JOURNAL + "?metadataKey=batch&metadataValue=" + batch + "&pageSize=1&after="
                    + byBatch.get("next").asString()).body().get("entries").get(0).get("id").asString())
                    .isEqualTo(first.text("id"));
            assertThat(byCorrelation.get(0).get("id").asString()).isEqualTo(first.text("id"));
        }

        @Test
        void the_journal_page_size_is_bounded() {
            assertProblem(api.get(JOURNAL + "?pageSize=201"), 400, "invalidField", "pageSize");
            assertProblem(api.get(JOURNAL + "?metadataValue=x"), 400, "invalidField", "metadataKey");
        }
    }
}
