package bank.ledger.app.stream;

import static org.assertj.core.api.Assertions.assertThat;

import bank.ledger.app.support.Api;
import bank.ledger.app.support.LedgerIntegrationTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.amqp.rabbit.connection.ConnectionFactory;
import org.springframework.amqp.rabbit.core.RabbitAdmin;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/**
 * Webhooks, their dead letters and replays belong to whoever made them: another integrator gets 404
 * (as if it did not exist) on every read and write, and the lists show one's own only. Integrator A
 * signs in with a token; integrator B is a service account with an API key.
 */
class StreamOwnershipIT extends LedgerIntegrationTest {
    @Autowired
    ConnectionFactory connections;
    @Autowired
    JdbcTemplate jdbc;
    private Api integratorA;
    private Api integratorB;

    @BeforeEach
    void twoIntegrators() {
        integratorA = api.as("integrator");
        String service = ("svc-int-" + UUID.randomUUID()).substring(0, 30);
        Api.Response created = api.post("/api/v1/users", Map.of("username", service, "role", "integrator",
                "serviceAccount", true));
        assertThat(created.status()).as(created.raw()).isEqualTo(201);
        integratorB = api.anonymous().withHeader("X-Api-Key",
                api.post("/api/v1/users/" + service + "/api-keys", "").text("apiKey"));
    }

    @Nested
    class Webhooks {
        @Test
        void another_integrator_can_neither_read_nor_redeliver_nor_delete_them() {
            String id = webhookOf(integratorA);
            String base = "/api/v1/webhooks/" + id;

            assertProblem(integratorB.get(base), 404, "subscriptionNotFound", "id");
            assertProblem(integratorB.get(base + "/dead-letters"), 404, "subscriptionNotFound", "id");
            assertProblem(integratorB.post(base + "/dead-letters/redeliver", (String) null), 404, "subscriptionNotFound", "id");
            assertProblem(integratorB.post(base + "/dead-letters/1/redeliver", (String) null), 404, "subscriptionNotFound", "id");
            assertProblem(integratorB.delete(base), 404, "subscriptionNotFound", "id");

            assertThat(integratorA.get(base).status()).as("still there for its owner").isEqualTo(200);
            assertThat(integratorA.get(base + "/dead-letters").status()).isEqualTo(200);
        }

        @Test
        void the_owners_dead_letters_stay_out_of_another_integrators_reach() {
            String id = webhookOf(integratorA);
            long deliveryId = deadLetterFor(id);

            assertProblem(integratorB.post("/api/v1/webhooks/" + id + "/dead-letters/" + deliveryId + "/redeliver",
                    (String) null), 404, "subscriptionNotFound", "id");
            assertThat(jdbc.queryForObject("select status from stream_webhook_delivery where delivery_id = ?",
                    String.class, deliveryId)).isEqualTo("DEAD");
            assertThat(integratorA.get("/api/v1/webhooks/" + id + "/dead-letters").body().get("items").get(0)
                    .get("deliveryId").asLong()).isEqualTo(deliveryId);
        }

        @Test
        void the_list_shows_ones_own_only_keyset_paged() {
            List<String> mine = List.of(webhookOf(integratorA), webhookOf(integratorA));
            String theirs = webhookOf(integratorB);

            List<String> listedForA = allPages(integratorA, "/api/v1/webhooks", 1);
            List<String> listedForB = allPages(integratorB, "/api/v1/webhooks", 200);

            assertThat(listedForA).containsAll(mine).doesNotContain(theirs);
            assertThat(listedForB).containsExactly(theirs);
        }

        @Test
        void a_page_holds_one_to_two_hundred() {
            assertProblem(integratorA.get("/api/v1/webhooks?pageSize=0"), 400, "invalidField", "pageSize");
            assertProblem(integratorA.get("/api/v1/webhooks?pageSize=201"), 400, "invalidField", "pageSize");
            assertThat(integratorA.get("/api/v1/webhooks?pageSize=200").status()).isEqualTo(200);
        }

        @Test
        void a_hostile_cursor_or_id_is_answered_not_failed() {
            assertProblem(integratorA.get("/api/v1/webhooks?after=%00"), 400, "invalidField", "after");
            assertProblem(integratorA.get("/api/v1/webhooks?after=" + "w".repeat(65)), 400, "invalidField", "after");
            assertProblem(integratorA.get("/api/v1/webhooks/" + "w".repeat(1000)), 404, "subscriptionNotFound", "id");
            // an encoded NUL in the path is refused by Tomcat before any application code (a plain 400)
            Api.Response nul = integratorA.get("/api/v1/webhooks/wh-%00x");
            assertThat(nul.status()).as(nul.raw()).isEqualTo(400);
        }

        @Test
        void an_administrator_sees_and_acts_on_any_webhook_as_an_operator() {
            String id = webhookOf(integratorA);

            Api.Response seen = api.get("/api/v1/webhooks/" + id);

            assertThat(seen.status()).as(seen.raw()).isEqualTo(200);
            assertThat(seen.text("owner")).isEqualTo(integratorA.get("/api/v1/webhooks/" + id).text("owner"));
            assertThat(allPages(api, "/api/v1/webhooks?all=true", 200)).contains(id);
            assertThat(allPages(api, "/api/v1/webhooks", 200)).as("the admin's own list").doesNotContain(id);
            assertThat(api.delete("/api/v1/webhooks/" + id).status()).isEqualTo(204);
        }

        @Test
        void only_an_administrator_may_list_everyones() {
            assertProblem(integratorA.get("/api/v1/webhooks?all=true"), 400, "invalidField", "all");
        }
    }

    @Nested
    class Replays {
        @Test
        void another_integrator_can_neither_read_nor_cancel_them() {
            String queue = "it-own-" + UUID.randomUUID();
            String id = replayOf(integratorA, queue);
            try {
                assertProblem(integratorB.get("/api/v1/stream/replays/" + id), 404, "subscriptionNotFound", "id");
                assertProblem(integratorB.post("/api/v1/stream/replays/" + id + "/cancel", (String) null),
                        404, "subscriptionNotFound", "id");

                assertThat(integratorA.get("/api/v1/stream/replays/" + id).text("status")).isEqualTo("RUNNING");
            } finally {
                cleanUp(integratorA, id, queue);
            }
        }

        @Test
        void the_list_shows_ones_own_only() {
            String queueA = "it-own-" + UUID.randomUUID();
            String queueB = "it-own-" + UUID.randomUUID();
            String mine = replayOf(integratorA, queueA);
            String theirs = replayOf(integratorB, queueB);
            try {
                assertThat(allPages(integratorA, "/api/v1/stream/replays", 1)).contains(mine).doesNotContain(theirs);
                assertThat(allPages(integratorB, "/api/v1/stream/replays", 200)).containsExactly(theirs);
                assertThat(allPages(api, "/api/v1/stream/replays?all=true", 200)).contains(mine, theirs);
            } finally {
                cleanUp(integratorA, mine, queueA);
                cleanUp(integratorB, theirs, queueB);
            }
        }
    }

    @Nested
    class ReplayCursor {
        @Test
        void a_hostile_cursor_is_refused_naming_it() {
            assertProblem(integratorA.get("/api/v1/stream/replays?after=%00"), 400, "invalidField", "after");
            assertProblem(integratorA.get("/api/v1/stream/replays?pageSize=201"), 400, "invalidField", "pageSize");
            assertProblem(integratorA.get("/api/v1/stream/replays/" + "r".repeat(1000)), 404, "subscriptionNotFound", "id");
        }
    }

    /** A webhook nothing is sent to (its account filter names no real account). */
    private String webhookOf(Api integrator) {
        Api.Response created = integrator.post("/api/v1/webhooks", Map.of("url", "http://127.0.0.1:9/x",
                "accountIds", List.of(newId("nobody"))));
        assertThat(created.status()).as(created.raw()).isEqualTo(201);
        return created.text("id");
    }

    /** A dead letter made by hand: the outbox and dispatcher are WebhookIT's subject, not this test's. */
    private long deadLetterFor(String webhookId) {
        return jdbc.queryForObject("""
                insert into stream_webhook_delivery (webhook_id, event_id, event_type, global_position, body, status,
                    attempts, next_attempt_at, created_at) values (?, ?, 'JournalEntryPosted', 1, '{}', 'DEAD', 3, now(), now())
                returning delivery_id""", Long.class, webhookId, UUID.randomUUID().toString());
    }

    /** A replay that starts at the head, so it copies nothing old. */
    private String replayOf(Api integrator, String queue) {
        long head = api.get("/api/v1/stream").body().get("headPosition").asLong();
        Api.Response started = integrator.post("/api/v1/stream/replays", Map.of("queue", queue,
                "fromPosition", head + 1, "accountIds", List.of(newId("nobody"))));
        assertThat(started.status()).as(started.raw()).isEqualTo(201);
        return started.text("id");
    }

    private void cleanUp(Api owner, String replayId, String queue) {
        owner.post("/api/v1/stream/replays/" + replayId + "/cancel", (String) null);
        new RabbitAdmin(connections).deleteQueue(queue);
    }

    /** Every id of a keyset-paged list, following nextAfter. */
    private static List<String> allPages(Api caller, String path, int pageSize) {
        List<String> ids = new ArrayList<>();
        String after = null;
        do {
            String separator = path.contains("?") ? "&" : "?";
            Api.Response page = caller.get(path + separator + "pageSize=" + pageSize + (after == null ? "" : "&after=" + after));
            assertThat(page.status()).as(page.raw()).isEqualTo(200);
            for (JsonNode item : page.body().get("items")) {
                ids.add(item.get("id").asString());
            }
            JsonNode next = page.body().get("nextAfter");
            after = next == null || next.isNull() ? null : next.asString();
        } while (after != null);
        return ids;
    }
}
