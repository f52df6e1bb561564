package bank.ledger.app.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import bank.ledger.app.support.Api;
import bank.ledger.app.support.LedgerIntegrationTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** {@code POST /api/v1/journal-entries/batch}: one result per entry, each entry as its own single post. */
class JournalEntryBatchIT extends LedgerIntegrationTest {
    private static final String BATCH = "/api/v1/journal-entries/batch";

    private Map<String, Object> transfer(String id, String debit, String credit, String amount) {
        return entry(id, List.of(line(debit, "DEBIT", amount), line(credit, "CREDIT", amount)));
    }

    private static JsonNode result(Api.Response answer, int index) {
        return answer.body().get("results").get(index);
    }

    @Nested
    class Post_a_batch {
        @Test
        void valid_entries_are_created_and_invalid_ones_refused_each_with_its_code_in_the_order_sent() {
            String cash = openAccount("ASSET", "EUR", Map.of());
            String income = openAccount("INCOME", "EUR", Map.of());
            String first = newId("jb");
            String unbalanced = newId("jb");
            String unknownAccount = newId("jb");
            String last = newId("jb");

            Api.Response answer = api.post(BATCH, Map.of("entries", List.of(
                    transfer(first, cash, income, "10.00"),
                    entry(unbalanced, List.of(line(cash, "DEBIT", "5.00"), line(income, "CREDIT", "4.99"))),
                    transfer(unknownAccount, cash, newId("nobody"), "1.00"),
                    transfer(last, cash, income, "2.50"))));

            assertThat(answer.status()).as(answer.raw()).isEqualTo(200);
            assertThat(answer.body().get("created").asInt()).isEqualTo(2);
            assertThat(answer.body().get("refused").asInt()).isEqualTo(2);
            assertThat(result(answer, 0).get("id").asString()).isEqualTo(first);
            assertThat(result(answer, 0).get("result").asString()).isEqualTo("created");
            assertThat(result(answer, 1).get("result").asString()).isEqualTo("refused");
            assertThat(result(answer, 1).get("status").asInt()).isEqualTo(422);
            assertThat(result(answer, 1).get("code").asString()).isEqualTo("unbalancedEntry");
            assertThat(result(answer, 1).get("field").asString()).isEqualTo("entries[1].postings");
            assertThat(result(answer, 2).get("code").asString()).isEqualTo("accountNotFound");
            assertThat(result(answer, 2).get("status").asInt()).isEqualTo(404);
            assertThat(result(answer, 3).get("result").asString()).isEqualTo("created");
            awaitAccount(cash, r -> "12.50".equals(r.text("debitsPosted")));
            // the entries' read model is another projection than the balances': it may follow a moment later
            org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(30))
                    .until(() -> api.get("/api/v1/journal-entries/" + last).status() == 200);
        }

        @Test
        void the_same_batch_again_answers_replayed_for_every_entry_and_posts_nothing_more() {
            String cash = openAccount("ASSET", "EUR", Map.of());
            String income = openAccount("INCOME", "EUR", Map.of());
            List<Map<String, Object>> entries = new ArrayList<>();
            for (int i = 0; i < 12; i++) {
                entries.add(transfer(newId("jb"), cash, income, "1.00"));
            }

            Api.Response first = api.post(BATCH, Map.of("entries", entries));
            Api.Response again = api.post(BATCH, Map.of("entries", entries));

            assertThat(first.body().get("created").asInt()).as(first.raw()).isEqualTo(12);
            assertThat(again.status()).isEqualTo(200);
            assertThat(again.body().get("replayed").asInt()).as(again.raw()).isEqualTo(12);
            awaitAccount(cash, r -> "12.00".equals(r.text("debitsPosted")));
        }

        @Test
        void an_id_already_posted_with_other_content_is_that_entrys_idempotency_conflict() {
            String cash = openAccount("ASSET", "EUR", Map.of());
            String income = openAccount("INCOME", "EUR", Map.of());
            String id = newId("jb");
            api.post("/api/v1/journal-entries", transfer(id, cash, income, "3.00"));

            Api.Response answer = api.post(BATCH, Map.of("entries", List.of(transfer(id, cash, income, "4.00"))));

            assertThat(result(answer, 0).get("code").asString()).as(answer.raw()).isEqualTo("idempotencyConflict");
            assertThat(result(answer, 0).get("status").asInt()).isEqualTo(409);
        }

        @Test
        void an_auditor_may_not_post_a_batch() {
            Api.Response answer = api.as("auditor").post(BATCH, Map.of("entries", List.of(
                    transfer(newId("jb"), newId("a"), newId("b"), "1.00"))));

            assertProblem(answer, 403, "forbidden", null);
        }
    }

    @Nested
    class Refuse_the_batch_as_a_whole {
        @Test
        void more_than_500_entries_are_refused_and_none_is_posted() {
            String cash = openAccount("ASSET", "EUR", Map.of());
            String income = openAccount("INCOME", "EUR", Map.of());
            List<Map<String, Object>> entries = new ArrayList<>();
            for (int i = 0; i < 501; i++) {
                entries.add(transfer("jb-" + i + "-" + cash, cash, income, "1.00"));
            }

            assertProblem(api.post(BATCH, Map.of("entries", entries)), 400, "tooManyEntries", "entries");
            assertThat(api.get("/api/v1/journal-entries/jb-0-" + cash).status()).isEqualTo(404);
        }

        @Test
        void an_empty_batch_or_none_at_all_is_refused() {
            assertProblem(api.post(BATCH, Map.of("entries", List.of())), 400, "tooFewEntries", "entries");
            assertProblem(api.post(BATCH, "{}"), 400, "tooFewEntries", "entries");
        }

        @Test
        void one_id_twice_in_a_batch_is_refused_naming_the_second() {
            String cash = openAccount("ASSET", "EUR", Map.of());
            String income = openAccount("INCOME", "EUR", Map.of());
            String id = newId("jb");

            assertProblem(api.post(BATCH, Map.of("entries", List.of(transfer(id, cash, income, "1.00"),
                    transfer(newId("jb"), cash, income, "1.00"), transfer(id, cash, income, "1.00")))),
                    400, "duplicateEntryId", "entries[2].id");
        }

        @Test
        void a_null_entry_is_refused_naming_it() {
            assertProblem(api.post(BATCH, "{\"entries\":[null]}"), 400, "invalidField", "entries[0]");
        }
    }

    @Nested
    class Hostile_bodies {
        @Test
        void a_nul_in_one_entrys_description_refuses_that_entry_only() {
            String cash = openAccount("ASSET", "EUR", Map.of());
            String income = openAccount("INCOME", "EUR", Map.of());
            String posting = "\"postings\":[{\"accountId\":\"" + cash + "\",\"side\":\"DEBIT\",\"amount\":\"1.00\"},"
                    + "{\"accountId\":\"" + income + "\",\"side\":\"CREDIT\",\"amount\":\"1.00\"}]";
            String json = "{\"entries\":[{\"id\":\"" + newId("jb") + "\",\"description\":\"a\\u0000b\"," + posting
                    + "},{\"id\":\"" + newId("jb") + "\"," + posting + "}]}";

            Api.Response answer = api.post(BATCH, json);

            assertThat(result(answer, 0).get("code").asString()).as(answer.raw()).isEqualTo("invalidText");
            assertThat(result(answer, 0).get("field").asString()).isEqualTo("entries[0].description");
            assertThat(result(answer, 1).get("result").asString()).isEqualTo("created");
        }

        @Test
        void a_body_over_1_MiB_is_refused_413_before_any_entry_runs() {
            String cash = openAccount("ASSET", "EUR", Map.of());
            String income = openAccount("INCOME", "EUR", Map.of());
            String padding = "x".repeat(2_000);
            List<Map<String, Object>> entries = new ArrayList<>();
            for (int i = 0; i < 500; i++) {
                entries.add(Map.of("id", "jb-big-" + i + "-" + cash, "description", padding, "postings",
                        List.of(line(cash, "DEBIT", "1.00"), line(income, "CREDIT", "1.00"))));
            }

            assertProblem(api.post(BATCH, Map.of("entries", entries)), 413, "bodyTooLarge", null);
            assertThat(api.get("/api/v1/journal-entries/jb-big-0-" + cash).status()).isEqualTo(404);
        }

        @Test
        void an_entries_member_that_is_not_a_list_is_unreadable() {
            Api.Response answer = api.post(BATCH, "{\"entries\":\"all of them\"}");

            assertThat(answer.status()).as(answer.raw()).isEqualTo(400);
            assertThat(answer.contentType()).startsWith("application/problem+json");
        }
    }
}
