package bank.ledger.app.readmodel;

import static org.assertj.core.api.Assertions.assertThat;

import bank.ledger.app.support.Api;
import bank.ledger.app.support.TestActors;
import com.zaxxer.hikari.HikariDataSource;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.awaitility.Awaitility;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/**
 * Hostile events already in the store (issue 10, item 1): text PostgreSQL cannot hold must not stop a
 * projection, and no later event of the same segment may wait behind it.
 */
class PoisonEventIT extends ReadModelTestSupport {
    static final String NUL = "\u0000";
    static final String REPLACEMENT = "\uFFFD";
    static final String LONE_SURROGATE = "\uD83D";
    @Autowired
    EventStore eventStore;
    @Autowired
    TransactionManager transactions;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    DataSource dataSource;
    HostileEvents hostile;

    @BeforeEach
    void hostileWriter() {
        hostile = new HostileEvents(eventStore, transactions);
    }

    /** Posts a plain entry with this id through the API. */
    void postEntry(String id) {
        String cash = openAccount("ASSET", "EUR", Map.of());
        String income = openAccount("INCOME", "EUR", Map.of());
        Api.Response posted = api.post("/api/v1/journal-entries", entry(id,
                List.of(line(cash, "DEBIT", "1.00"), line(income, "CREDIT", "1.00"))));
        assertThat(posted.status()).as(posted.raw()).isEqualTo(201);
    }

    @Nested
    class TextThatPostgresqlCannotHold {
        @Test
        void an_entry_with_a_nul_in_its_description_and_metadata_is_projected_with_replacements_and_later_entries_follow() {
            String poison = newId("je-nul");
            hostile.entryPosted(poison, "a" + NUL + "b", Map.of("note" + NUL, "x" + NUL + "y"));
            String later = HostileEvents.sameSegmentAs(poison, "je-after-nul");
            postEntry(later);

            Api.Response projected = await("/api/v1/journal-entries/" + poison, r -> true);
            await("/api/v1/journal-entries/" + later, r -> true);

            assertThat(projected.text("description")).isEqualTo("a" + REPLACEMENT + "b");
            assertThat(projected.body().get("metadata").get("note" + REPLACEMENT).asString())
                    .isEqualTo("x" + REPLACEMENT + "y");
            awaitProcessorCaughtUp("reconciliation-ledger-items");
            assertThat(jdbc.queryForList("select description from recon_ledger_item where entry_id = ?",
                    String.class, poison)).containsOnly("a" + REPLACEMENT + "b");
        }

        @Test
        void an_account_with_a_nul_and_a_lone_surrogate_in_its_name_and_metadata_is_projected_and_later_accounts_follow() {
            String poison = newId("acc-nul");
            hostile.accountOpened(poison, "Ca" + NUL + "sh" + LONE_SURROGATE, Map.of("branch", "1" + NUL));
            String later = HostileEvents.sameSegmentAs(poison, "acc-after-nul");
            Api.Response opened = api.post("/api/v1/accounts", Map.of("id", later, "code", "C-" + later,
                    "name", "Later", "type", "ASSET", "currency", "EUR"));
            assertThat(opened.status()).as(opened.raw()).isEqualTo(201);

            awaitInReadModel(poison);
            awaitInReadModel(later);

            assertThat(jdbc.queryForObject("select name from rm_account where account_id = ?", String.class, poison))
                    .isEqualTo("Ca" + REPLACEMENT + "sh" + REPLACEMENT);
            assertThat(jdbc.queryForObject("select metadata ->> 'branch' from rm_account where account_id = ?",
                    String.class, poison)).isEqualTo("1" + REPLACEMENT);
        }
    }

    /**
     * A projection that fails for a reason of its own: an entry recorded before descriptions were limited,
     * wider than the read model's column. Its event goes to the dead-letter queue, the segment moves on.
     */
    @Nested
    class DeadLetters {
        /**
         * The fix an operator would make. A pooled connection that prepared a read of the table before the ALTER
         * would answer once with "cached plan must not change result type": the pool is refreshed, as a deployment
         * of a migration does (a test-only DDL under a running application).
         */
        void widenDescription() throws SQLException {
            jdbc.execute("alter table rm_journal_entry alter column description type varchar(" + (descriptionWidth() + 1) + ")");
            dataSource.unwrap(HikariDataSource.class).getHikariPoolMXBean().softEvictConnections();
        }

        static final String ADMIN = "/api/v1/admin/projections/journal-entries";

        int descriptionWidth() {
            return jdbc.queryForObject("select character_maximum_length from information_schema.columns "
                    + "where table_name = 'rm_journal_entry' and column_name = 'description'", Integer.class);
        }

        String tooWideEntry() {
            String id = newId("je-wide");
            hostile.entryPosted(id, "w".repeat(descriptionWidth() + 1), Map.of());
            return id;
        }

        /** Every dead letter of the group, walking the pages of {@code pageSize}. */
        List<JsonNode> allDeadLetters(int pageSize) {
            List<JsonNode> letters = new ArrayList<>();
            String next = null;
            do {
                Api.Response page = api.get(ADMIN + "/dead-letters?pageSize=" + pageSize
                        + (next == null ? "" : "&after=" + next));
                assertThat(page.status()).as(page.raw()).isEqualTo(200);
                page.body().get("deadLetters").forEach(letters::add);
                next = page.body().get("next").isNull() ? null : page.body().get("next").asString();
            } while (next != null);
            return letters;
        }

        JsonNode awaitDeadLetter(String aggregateId) {
            JsonNode[] found = new JsonNode[1];
            Awaitility.await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200)).until(() -> {
                found[0] = allDeadLetters(200).stream()
                        .filter(l -> aggregateId.equals(l.get("aggregateId").asString())).findFirst().orElse(null);
                return found[0] != null;
            });
            return found[0];
        }

        Map<String, Object> decisionRow(String deadLetterId) {
            return jdbc.queryForMap("select decision, outcome, reason, decided_by from projection_dead_letter_decision "
                    + "where dead_letter_id = ? order by decision_id desc limit 1", deadLetterId);
        }

        @Test
        void an_event_the_projection_cannot_store_is_dead_lettered_and_shown_the_segment_moves_on_and_a_retry_after_the_fix_projects_it() throws SQLException {
            String wide = tooWideEntry();
            String later = HostileEvents.sameSegmentAs(wide, "je-after-wide");
            postEntry(later);

            await("/api/v1/journal-entries/" + later, r -> true);
            JsonNode letter = awaitDeadLetter(wide);
            Api.Response status = api.get(ADMIN);
            Api.Response metrics = api.get("/actuator/prometheus");

            assertThat(letter.get("cause").asString()).contains("too long");
            assertThat(letter.get("eventType").asString()).endsWith("JournalEntryPosted");
            assertThat(letter.get("sequenceNumber").asLong()).isZero();
            assertThat(letter.get("eventId").asString()).isNotBlank();
            assertThat(api.get("/api/v1/journal-entries/" + wide).status()).isEqualTo(404);
            assertThat(status.body().get("deadLetters").asLong()).isPositive();
            assertThat(status.body().get("oldestDeadLetter").get("cause").asString()).isNotBlank();
            assertThat(metrics.raw().lines()).anyMatch(l -> l.startsWith("ledger_projections_dead_letters{")
                    && l.contains("group=\"journal-entries\"") && !l.endsWith(" 0.0"));
            assertThat(metrics.raw().lines()).anyMatch(l -> l.startsWith("ledger_projections_failures_total{")
                    && l.contains("group=\"journal-entries\"") && l.contains("stage=\"handler\""));

            String retry = ADMIN + "/dead-letters/" + letter.get("id").asString() + "/retry";
            Api.Response tooEarly = api.post(retry, Map.of("reason", "first try"));
            assertThat(tooEarly.status()).as(tooEarly.raw()).isEqualTo(200);
            assertThat(tooEarly.text("outcome")).isEqualTo("STILL_FAILING");
            assertThat(tooEarly.text("cause")).contains("too long");

            widenDescription();
            Api.Response retried = api.post(retry, Map.of("reason", "description column widened"));

            assertThat(retried.status()).as(retried.raw()).isEqualTo(200);
            assertThat(retried.text("outcome")).isEqualTo("RESOLVED");
            assertThat(retried.text("decidedBy")).isEqualTo(TestActors.username("admin"));
            assertThat(api.get("/api/v1/journal-entries/" + wide).status()).isEqualTo(200);
            assertThat(allDeadLetters(200)).noneMatch(l -> wide.equals(l.get("aggregateId").asString()));
            assertThat(decisionRow(letter.get("id").asString())).containsEntry("decision", "RETRY")
                    .containsEntry("outcome", "RESOLVED").containsEntry("reason", "description column widened")
                    .containsEntry("decided_by", TestActors.username("admin"));
        }

        @Test
        void a_skip_needs_a_reason_removes_the_letter_unprocessed_and_records_who_and_why() {
            String first = tooWideEntry();
            String second = tooWideEntry();
            JsonNode letter = awaitDeadLetter(first);
            awaitDeadLetter(second);
            List<JsonNode> pagedByOne = allDeadLetters(1);
            String skip = ADMIN + "/dead-letters/" + letter.get("id").asString() + "/skip";

            assertThat(pagedByOne).extracting(l -> l.get("aggregateId").asString()).contains(first, second)
                    .doesNotHaveDuplicates();
            assertProblem(api.post(skip, (String) null), 400, "invalidField", "reason");
            assertProblem(api.post(skip, Map.of("reason", " ")), 400, "invalidField", "reason");
            assertProblem(api.post(skip, Map.of("reason", "bad" + NUL)), 400, "invalidText", "reason");
            Api.Response skipped = api.post(skip, Map.of("reason", "written by the retired importer; re-posted as X"));

            assertThat(skipped.status()).as(skipped.raw()).isEqualTo(200);
            assertThat(skipped.text("outcome")).isEqualTo("SKIPPED");
            assertThat(allDeadLetters(200)).extracting(l -> l.get("aggregateId").asString())
                    .doesNotContain(first).contains(second);
            assertThat(decisionRow(letter.get("id").asString())).containsEntry("decision", "SKIP")
                    .containsEntry("reason", "written by the retired importer; re-posted as X")
                    .containsEntry("decided_by", TestActors.username("admin"));
            assertThat(api.get("/api/v1/journal-entries/" + first).status()).isEqualTo(404);
            assertProblem(api.post(skip, Map.of("reason", "again")), 404, "deadLetterNotFound", "id");
        }

        @Test
        void auditors_can_neither_list_nor_retry_nor_skip_dead_letters() {
            Api auditor = api.as("auditor");

            assertThat(auditor.get(ADMIN + "/dead-letters").status()).isEqualTo(403);
            assertThat(auditor.post(ADMIN + "/dead-letters/x/retry", Map.of("reason", "r")).status()).isEqualTo(403);
            assertThat(auditor.post(ADMIN + "/dead-letters/x/skip", Map.of("reason", "r")).status()).isEqualTo(403);
        }

        @Test
        void unknown_groups_letters_page_sizes_and_cursors_are_refused() {
            assertProblem(api.get("/api/v1/admin/projections/no-such-group/dead-letters"), 400, "invalidField", "name");
            assertProblem(api.post(ADMIN + "/dead-letters/no-such-letter/retry", (String) null), 404,
                    "deadLetterNotFound", "id");
            assertProblem(api.get(ADMIN + "/dead-letters?pageSize=0"), 400, "invalidField", "pageSize");
            assertProblem(api.get(ADMIN + "/dead-letters?pageSize=201"), 400, "invalidField", "pageSize");
            assertProblem(api.get(ADMIN + "/dead-letters?after=bm90LWEtY3Vyc29y"), 400, "invalidField", "after");
        }
    }
}
