package bank.ledger.app.readmodel;

import static org.assertj.core.api.Assertions.assertThat;

import bank.ledger.app.support.Api;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/**
 * Auditors: the hash chain over the event log covers every event, verifies from any position, and
 * finds an event edited, deleted or inserted by SQL at exactly its link. The tampering touches only
 * this test's own events and puts the original rows back (then verifies again), because the event
 * store is shared by every integration test of the run.
 */
class EventChainIT extends ReadModelTestSupport {
    static final String CHAIN = "/api/v1/audit/chain";
    @Autowired
    JdbcTemplate jdbc;
    String cash;
    String income;
    String entryId;

    @BeforeEach
    void postAnEntryAndWaitForItsChain() {
        cash = openAccount("ASSET", "EUR", Map.of());
        income = openAccount("INCOME", "EUR", Map.of());
        entryId = post("2026-02-01", cash, income, "9.99").text("id");
        List<String> mine = jdbc.queryForList("select eventidentifier from domainevententry "
                + "where aggregateidentifier in (?, ?, ?)", String.class, cash, income, entryId);
        assertThat(mine).hasSize(5); // two opened, two balance changes, one entry posted
        Awaitility.await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(100)).until(() ->
                jdbc.queryForObject("select count(*) from ledger_event_chain where event_identifier = any(?)",
                        Long.class, (Object) mine.toArray(String[]::new)) == mine.size());
    }

    /** The income account's balance change: the event the tampering tests edit. */
    String incomeChangeId() {
        return jdbc.queryForObject("select eventidentifier from domainevententry where aggregateidentifier = ? "
                + "and sequencenumber = 1", String.class, income);
    }

    long positionOf(String eventId) {
        return jdbc.queryForObject("select chain_position from ledger_event_chain where event_identifier = ?",
                Long.class, eventId);
    }

    long firstPositionOfThisTest() {
        return jdbc.queryForObject("select min(c.chain_position) from ledger_event_chain c join domainevententry d "
                + "on d.eventidentifier = c.event_identifier where d.aggregateidentifier in (?, ?, ?)", Long.class,
                cash, income, entryId);
    }

    JsonNode verify(long from, int limit) {
        Api.Response answer = api.as("auditor").get(CHAIN + "/verification?fromPosition=" + from + "&limit=" + limit);
        assertThat(answer.status()).as(answer.raw()).isEqualTo(200);
        return answer.body();
    }

    @Nested
    class AnUntouchedChain {
        @Test
        void the_events_of_an_entry_are_chained_and_verify_from_their_first_link() {
            long first = firstPositionOfThisTest();

            JsonNode verification = verify(first, 10);

            assertThat(verification.get("ok").asBoolean()).as(verification.toString()).isTrue();
            assertThat(verification.get("verifiedFrom").asLong()).isEqualTo(first);
            assertThat(verification.get("linksChecked").asLong()).isBetween(5L, 10L);
            assertThat(verification.get("firstBrokenLink").isNull()).isTrue();
            assertThat(verification.get("verifiedToHash").asString()).isEqualTo(java.util.HexFormat.of().formatHex(
                    jdbc.queryForObject("select link_hash from ledger_event_chain where chain_position = ?", byte[].class,
                            verification.get("verifiedTo").asLong())));
        }

        @Test
        void the_head_names_the_last_link_and_its_hash() {
            long mine = positionOf(incomeChangeId());

            JsonNode head = api.as("auditor").get(CHAIN).body();

            assertThat(head.get("headPosition").asLong()).isGreaterThanOrEqualTo(mine);
            assertThat(head.get("headHash").asString()).matches("[0-9a-f]{64}");
            assertThat(head.get("eventsNotChained").asLong()).isGreaterThanOrEqualTo(0);
            assertThat(api.get("/actuator/prometheus").raw()).contains("ledger_chain_lag_events",
                    "ledger_chain_lag_seconds", "ledger_chain_verification_failures_total");
        }

        @Test
        void pages_end_at_the_limit_and_name_the_next_position() {
            long first = firstPositionOfThisTest();

            JsonNode page = verify(first, 2);

            assertThat(page.get("verifiedTo").asLong()).isEqualTo(first + 1);
            assertThat(page.get("linksChecked").asLong()).isEqualTo(2);
            assertThat(page.get("nextFromPosition").asLong()).isEqualTo(first + 2);
        }

        @Test
        void a_position_beyond_the_head_verifies_nothing_and_bad_bounds_are_refused() {
            long head = api.get(CHAIN).body().get("headPosition").asLong();

            JsonNode beyond = verify(head + 1_000_000, 10);

            assertThat(beyond.get("ok").asBoolean()).isTrue();
            assertThat(beyond.get("linksChecked").asLong()).isZero();
            assertProblem(api.get(CHAIN + "/verification?fromPosition=0"), 400, "invalidField", "fromPosition");
            assertProblem(api.get(CHAIN + "/verification?limit=0"), 400, "invalidField", "limit");
            assertProblem(api.get(CHAIN + "/verification?limit=1001"), 400, "invalidField", "limit");
            assertThat(api.as("connector").get(CHAIN + "/verification").status()).isEqualTo(403);
        }
    }

    @Nested
    class Tampering {
        @Test
        void a_payload_edited_by_sql_breaks_exactly_its_link_until_the_bytes_are_back() {
            String eventId = incomeChangeId();
            long position = positionOf(eventId);
            byte[] original = column("payload", eventId);
            double failuresBefore = failures();
            try {
                jdbc.update("update domainevententry set payload = convert_to(replace(convert_from(payload, 'UTF8'), "
                        + "'999', '998'), 'UTF8') where eventidentifier = ?", eventId);

                JsonNode verification = verify(firstPositionOfThisTest(), 1000);
                JsonNode broken = verification.get("firstBrokenLink");

                assertThat(verification.get("ok").asBoolean()).isFalse();
                assertThat(broken.get("position").asLong()).isEqualTo(position);
                assertThat(broken.get("eventId").asString()).isEqualTo(eventId);
                assertThat(broken.get("reason").asString()).isEqualTo("payloadChanged");
                assertThat(broken.get("expectedHash").asString()).isNotEqualTo(broken.get("storedHash").asString());
                assertThat(verification.get("verifiedTo").asLong()).isEqualTo(position);
                assertThat(verification.get("nextFromPosition").isNull()).isTrue();
                assertThat(verify(position + 1, 1000).get("ok").asBoolean()).as("links after it still hold").isTrue();
                assertThat(failures()).isGreaterThan(failuresBefore);
            } finally {
                jdbc.update("update domainevententry set payload = ? where eventidentifier = ?", original, eventId);
            }
            assertThat(verify(firstPositionOfThisTest(), 1000).get("ok").asBoolean()).isTrue();
        }

        @Test
        void edited_metadata_is_named_as_such() {
            String eventId = incomeChangeId();
            byte[] original = column("metadata", eventId);
            try {
                jdbc.update("update domainevententry set metadata = metadata || convert_to(' ', 'UTF8') "
                        + "where eventidentifier = ?", eventId); // one more space: the same JSON, other bytes

                JsonNode broken = verify(positionOf(eventId), 1).get("firstBrokenLink");

                assertThat(broken.get("reason").asString()).isEqualTo("metadataChanged");
            } finally {
                jdbc.update("update domainevententry set metadata = ? where eventidentifier = ?", original, eventId);
            }
            assertThat(verify(positionOf(eventId), 1).get("ok").asBoolean()).isTrue();
        }

        @Test
        void a_deleted_event_row_is_missing_at_its_link() {
            String eventId = incomeChangeId();
            long position = positionOf(eventId);
            Map<String, Object> row = jdbc.queryForMap("select * from domainevententry where eventidentifier = ?", eventId);
            try {
                jdbc.update("delete from domainevententry where eventidentifier = ?", eventId);

                JsonNode verification = verify(firstPositionOfThisTest(), 1000);

                assertThat(verification.get("ok").asBoolean()).isFalse();
                assertThat(verification.get("firstBrokenLink").get("position").asLong()).isEqualTo(position);
                assertThat(verification.get("firstBrokenLink").get("eventId").asString()).isEqualTo(eventId);
                assertThat(verification.get("firstBrokenLink").get("reason").asString()).isEqualTo("eventMissing");
            } finally {
                reinsert(row);
            }
            assertThat(verify(firstPositionOfThisTest(), 1000).get("ok").asBoolean()).isTrue();
        }

        @Test
        void an_event_inserted_behind_the_chain_is_not_chained() {
            // global index 0 is never handed out (the sequence starts at 1) and every processor is past it
            jdbc.update("delete from domainevententry where globalindex = 0 and aggregateidentifier like 'chain-insert-%'");
            Map<String, Object> row = new java.util.HashMap<>(jdbc.queryForMap(
                    "select * from domainevententry where eventidentifier = ?", incomeChangeId()));
            String inserted = newId("chain-insert");
            row.put("globalindex", 0L);
            row.put("eventidentifier", inserted);
            row.put("aggregateidentifier", inserted);
            try {
                reinsert(row);

                JsonNode verification = verify(1, 1);

                assertThat(verification.get("ok").asBoolean()).as(verification.toString()).isFalse();
                assertThat(verification.get("firstBrokenLink").get("reason").asString()).isEqualTo("eventNotChained");
                assertThat(verification.get("firstBrokenLink").get("eventId").asString()).isEqualTo(inserted);
                assertThat(verification.get("firstBrokenLink").get("position").asLong()).isEqualTo(1);
            } finally {
                jdbc.update("delete from domainevententry where eventidentifier = ?", inserted);
            }
            assertThat(verify(1, 1).get("ok").asBoolean()).isTrue();
        }
    }

    @Nested
    class TamperingWithTheChainItself {
        @Test
        void a_rewritten_link_hash_is_found_at_its_position() {
            long position = positionOf(incomeChangeId());
            byte[] original = jdbc.queryForObject("select link_hash from ledger_event_chain where chain_position = ?",
                    byte[].class, position);
            try {
                jdbc.update("update ledger_event_chain set link_hash = sha256(link_hash) where chain_position = ?",
                        position);

                JsonNode broken = verify(firstPositionOfThisTest(), 1000).get("firstBrokenLink");

                assertThat(broken.get("position").asLong()).isEqualTo(position);
                assertThat(broken.get("reason").asString()).isEqualTo("linkHashChanged");
            } finally {
                jdbc.update("update ledger_event_chain set link_hash = ? where chain_position = ?", original, position);
            }
            assertThat(verify(firstPositionOfThisTest(), 1000).get("ok").asBoolean()).isTrue();
        }

        @Test
        void a_deleted_link_leaves_a_hole_that_is_named() {
            long position = positionOf(incomeChangeId());
            Map<String, Object> link = jdbc.queryForMap("select * from ledger_event_chain where chain_position = ?",
                    position);
            try {
                jdbc.update("delete from ledger_event_chain where chain_position = ?", position);

                JsonNode fromBefore = verify(firstPositionOfThisTest(), 1000);
                JsonNode fromAfter = verify(position + 1, 10);

                assertThat(fromBefore.get("firstBrokenLink").get("position").asLong()).isEqualTo(position);
                assertThat(fromBefore.get("firstBrokenLink").get("reason").asString()).isEqualTo("linkMissing");
                assertThat(fromAfter.get("firstBrokenLink").get("position").asLong()).as("its predecessor is gone")
                        .isEqualTo(position);
            } finally {
                jdbc.update("insert into ledger_event_chain (chain_position, event_identifier, global_index, event_digest, "
                        + "payload_digest, metadata_digest, link_hash, chained_at) values (?, ?, ?, ?, ?, ?, ?, ?)",
                        link.get("chain_position"), link.get("event_identifier"), link.get("global_index"),
                        link.get("event_digest"), link.get("payload_digest"), link.get("metadata_digest"),
                        link.get("link_hash"), link.get("chained_at"));
            }
            assertThat(verify(firstPositionOfThisTest(), 1000).get("ok").asBoolean()).isTrue();
        }
    }

    @Nested
    class UnderLoad {
        @Test
        void entries_from_concurrent_writers_are_chained_once_each_in_one_unbroken_order() throws Exception {
            List<String> accounts = List.of(openAccount("ASSET", "EUR", Map.of()), openAccount("INCOME", "EUR", Map.of()),
                    openAccount("ASSET", "EUR", Map.of()), openAccount("INCOME", "EUR", Map.of()));
            var pool = java.util.concurrent.Executors.newFixedThreadPool(4);
            try {
                List<java.util.concurrent.Future<Api.Response>> posts = new java.util.ArrayList<>();
                for (int i = 0; i < 24; i++) {
                    int pair = i % 2 * 2;
                    posts.add(pool.submit(() -> post("2026-03-01", accounts.get(pair), accounts.get(pair + 1), "1.00")));
                }
                for (var post : posts) {
                    assertThat(post.get().status()).isEqualTo(201);
                }
            } finally {
                pool.shutdown();
            }
            List<String> events = jdbc.queryForList("select eventidentifier from domainevententry "
                    + "where aggregateidentifier = any(?)", String.class, (Object) accounts.toArray(String[]::new));
            Awaitility.await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(200)).until(() ->
                    jdbc.queryForObject("select count(*) from ledger_event_chain where event_identifier = any(?)",
                            Long.class, (Object) events.toArray(String[]::new)) == events.size());
            long first = jdbc.queryForObject("select min(chain_position) from ledger_event_chain "
                    + "where event_identifier = any(?)", Long.class, (Object) events.toArray(String[]::new));

            JsonNode verification = verify(first, 1000);

            assertThat(events).hasSize(4 + 48);
            assertThat(verification.get("ok").asBoolean()).as(verification.toString()).isTrue();
            assertThat(verification.get("linksChecked").asLong()).isGreaterThanOrEqualTo(52);
        }

        @Test
        void a_rebuild_of_the_chain_processor_adds_no_link_and_changes_none() {
            JsonNode before = api.get(CHAIN).body();
            long head = before.get("headPosition").asLong();
            byte[] headHash = jdbc.queryForObject("select link_hash from ledger_event_chain where chain_position = ?",
                    byte[].class, head);

            Api.Response rebuild = api.post("/api/v1/admin/projections/event-chain/rebuild", "");
            assertThat(rebuild.status()).as(rebuild.raw()).isEqualTo(202);
            awaitProcessorCaughtUp("event-chain");
            await("/api/v1/admin/projections/event-chain", r -> r.body().get("eventsBehind").asLong() == 0);

            assertThat(jdbc.queryForObject("select count(*) from ledger_event_chain where chain_position <= ?",
                    Long.class, head)).isEqualTo(head);
            assertThat(jdbc.queryForObject("select link_hash from ledger_event_chain where chain_position = ?",
                    byte[].class, head)).isEqualTo(headHash);
            assertThat(api.get(CHAIN).body().get("headPosition").asLong()).isEqualTo(
                    jdbc.queryForObject("select count(*) from ledger_event_chain", Long.class));
            assertThat(verify(Math.max(1, head - 50), 1000).get("ok").asBoolean()).isTrue();
        }
    }

    private byte[] column(String name, String eventId) {
        return jdbc.queryForObject("select " + name + " from domainevententry where eventidentifier = ?", byte[].class,
                eventId);
    }

    private void reinsert(Map<String, Object> row) {
        jdbc.update("insert into domainevententry (globalindex, aggregateidentifier, sequencenumber, type, "
                        + "eventidentifier, metadata, payload, payloadrevision, payloadtype, timestamp) "
                        + "values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", row.get("globalindex"), row.get("aggregateidentifier"),
                row.get("sequencenumber"), row.get("type"), row.get("eventidentifier"), row.get("metadata"),
                row.get("payload"), row.get("payloadrevision"), row.get("payloadtype"), row.get("timestamp"));
    }

    private double failures() {
        String metrics = api.get("/actuator/prometheus").raw();
        return metrics.lines().filter(l -> l.startsWith("ledger_chain_verification_failures_total"))
                .mapToDouble(l -> Double.parseDouble(l.substring(l.lastIndexOf(' ') + 1))).sum();
    }
}
