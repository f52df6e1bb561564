package bank.ledger.app.stream;

import static org.assertj.core.api.Assertions.assertThat;

import bank.ledger.app.dev.EmbeddedServices;
import bank.ledger.app.support.Api;
import bank.ledger.app.support.LedgerIntegrationTest;
import bank.ledger.stream.amqp.StreamTopology;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.amqp.rabbit.connection.ConnectionFactory;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/** A consumer asks for the stream again, into its own queue, from a position or a time. */
class ReplayIT extends LedgerIntegrationTest {
    @Autowired
    ConnectionFactory connections;

    @Nested
    class StartReplay {
        @Test
        void from_a_position_delivers_the_same_events_as_the_live_stream() {
            List<String> accounts = List.of(openAccount("ASSET", "EUR", Map.of()), openAccount("INCOME", "EUR", Map.of()));
            try (StreamQueue live = StreamQueue.bound(connections, accounts.stream().map(a -> "*." + a).toList())) {
                postEntries(accounts, 5);
                live.awaitUnique(events -> live.events("JournalEntryPosted").size() == 5);
                long from = live.events().stream().mapToLong(e -> e.get("globalPosition").asLong()).min().orElseThrow();

                String queue = "it-replay-" + UUID.randomUUID();
                Api.Response replay = startReplay(queue, Map.of("fromPosition", from, "accountIds", accounts));
                assertThat(replay.status()).as(replay.raw()).isEqualTo(201);
                try (StreamQueue replayed = StreamQueue.existing(connections, queue)) {
                    replayed.awaitUnique(events -> events.size() >= live.drain().events().size());

                    assertThat(replay.status()).as(replay.raw()).isEqualTo(201);
                    assertThat(replayed.events()).isEqualTo(live.events());
                }
            }
        }

        @Test
        void from_a_time_starts_at_the_first_event_recorded_then_and_shows_its_lag() {
            List<String> accounts = List.of(openAccount("ASSET", "EUR", Map.of()), openAccount("INCOME", "EUR", Map.of()));
            try (StreamQueue live = StreamQueue.bound(connections, List.of("JournalEntryPosted." + accounts.get(0)))) {
                postEntries(accounts, 3);
                live.awaitUnique(events -> events.size() == 3);
                JsonNode first = live.events().get(0);

                String queue = "it-replay-" + UUID.randomUUID();
                String id = startReplay(queue, Map.of("fromTime", first.get("recordedAt").asString(),
                        "eventTypes", List.of("JournalEntryPosted"), "accountIds", List.of(accounts.get(0)))).text("id");
                try (StreamQueue replayed = StreamQueue.existing(connections, queue)) {
                    replayed.awaitUnique(events -> events.size() == 3);

                    assertThat(replayed.events()).isEqualTo(live.events());
                    JsonNode state = api.get("/api/v1/stream/replays/" + id).body();
                    assertThat(state.get("nextPosition").asLong()).isGreaterThan(live.events().get(2).get("globalPosition").asLong());
                    assertThat(state.get("lag").asLong()).isGreaterThanOrEqualTo(0);
                    assertThat(api.post("/api/v1/stream/replays/" + id + "/cancel", (String) null).text("status"))
                            .isEqualTo("CANCELLED");
                }
            }
        }

        @Test
        void needs_exactly_one_of_position_and_time() {
            String queue = "it-replay-" + UUID.randomUUID();
            assertProblem(api.post("/api/v1/stream/replays", Map.of("queue", queue)), 400, "invalidField", "fromPosition");
            assertProblem(api.post("/api/v1/stream/replays", Map.of("queue", queue, "fromPosition", 1,
                    "fromTime", "2026-01-01T00:00:00Z")), 400, "invalidField", "fromPosition");
            assertProblem(api.post("/api/v1/stream/replays", Map.of("queue", queue, "fromPosition", 0)),
                    400, "invalidField", "fromPosition");
        }

        @Test
        void refuses_a_broker_reserved_or_malformed_queue_name_and_a_second_replay_into_one_queue() {
            assertProblem(api.post("/api/v1/stream/replays", Map.of("queue", "amq.mine", "fromPosition", 1)),
                    400, "invalidField", "queue");
            assertProblem(api.post("/api/v1/stream/replays", Map.of("queue", "a b", "fromPosition", 1)),
                    400, "invalidField", "queue");
            String queue = "it-replay-" + UUID.randomUUID();
            Map<String, Object> nothing = Map.of("queue", queue, "fromPosition", 1, "accountIds", List.of(newId("nobody")));
            try (StreamQueue ignored = StreamQueue.existing(connections, queue)) {
                Api.Response started = api.post("/api/v1/stream/replays", nothing);
                assertThat(started.status()).isEqualTo(201);
                assertProblem(api.post("/api/v1/stream/replays", nothing), 409, "idAlreadyUsed", "queue");
                // a replay from position 1 that matches nothing would scan the whole store for the rest of the run
                api.post("/api/v1/stream/replays/" + started.text("id") + "/cancel", (String) null);
            }
        }

        @Test
        void an_unknown_replay_is_not_found() {
            assertProblem(api.get("/api/v1/stream/replays/" + newId("rp")), 404, "subscriptionNotFound", "id");
        }
    }

    @Nested
    class Topology {
        @Autowired
        StreamTopology topology;

        /** The embedded Qpid broker would refuse x-queue-type; the external run's broker is RabbitMQ 3.10. */
        @Test
        void declares_quorum_queues_only_where_the_broker_says_it_is_rabbitmq() {
            assertThat(topology.isRabbitMq()).isEqualTo(EmbeddedServices.startedOrNull() == null);
        }
    }

    @Nested
    class StreamStatus {
        @Test
        void shows_the_head_position_and_how_far_behind_the_publisher_is() {
            JsonNode status = api.get("/api/v1/stream").body();

            assertThat(status.get("headPosition").asLong()).isPositive();
            JsonNode publisher = status.get("processors").get(0);
            assertThat(publisher.get("name").asString()).isEqualTo("amqp-publisher");
            assertThat(publisher.get("lag").asLong()).isBetween(0L, status.get("headPosition").asLong());
        }
    }

    private Api.Response startReplay(String queue, Map<String, Object> from) {
        Map<String, Object> body = new HashMap<>(from);
        body.put("queue", queue);
        return api.post("/api/v1/stream/replays", body);
    }

    private void postEntries(List<String> accounts, int count) {
        for (int i = 0; i < count; i++) {
            Api.Response posted = api.post("/api/v1/journal-entries", entry(newId("je"),
                    List.of(line(accounts.get(0), "DEBIT", "2.00"), line(accounts.get(1), "CREDIT", "2.00"))));
            assertThat(posted.status()).as(posted.raw()).isEqualTo(201);
        }
    }
}
