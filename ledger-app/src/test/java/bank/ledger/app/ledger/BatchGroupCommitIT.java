package bank.ledger.app.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import bank.ledger.app.support.Api;
import bank.ledger.app.support.LedgerIntegrationTest;
import bank.ledger.command.approval.MakerChecker;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A batch's entries committed in groups (ledger.journal-batch.group-size, 20 by default): each entry still
 * sees the totals the entries before it left, a refusal in a group posts its other entries one by one with the
 * results single posts would give, every event keeps its own request's audit metadata, and groups running at
 * once on the same accounts lose nothing.
 */
class BatchGroupCommitIT extends LedgerIntegrationTest {
    private static final String BATCH = "/api/v1/journal-entries/batch";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    MakerChecker makerChecker;

    private static Map<String, Object> transfer(String id, String debit, String credit, String amount) {
        return entry(id, List.of(line(debit, "DEBIT", amount), line(credit, "CREDIT", amount)));
    }

    private double groups(String outcome) {
        return api.get("/actuator/prometheus").raw().lines()
                .filter(l -> l.startsWith("ledger_journal_batch_groups_total{") && l.contains("outcome=\"" + outcome + "\""))
                .mapToDouble(l -> Double.parseDouble(l.substring(l.lastIndexOf(' ') + 1))).sum();
    }

    /** The accounts' summed totals in minor units as the read model has them, or -1 while it lacks one. */
    private long totalMinor(List<String> accounts, String field) {
        long total = 0;
        for (String account : accounts) {
            Api.Response read = api.get("/api/v1/accounts/" + account);
            if (read.status() != 200 || read.text(field) == null) {
                return -1; // the read model has not got the account yet: not a total, wait on
            }
            total += new java.math.BigDecimal(read.text(field)).movePointRight(2).longValueExact();
        }
        return total;
    }

    @Nested
    class Entries_in_one_group {
        @Test
        void a_guarded_account_spends_in_the_same_group_what_earlier_entries_credited_to_it() {
            String guarded = openAccount("LIABILITY", "EUR", Map.of("debitsMustNotExceedCredits", true));
            String cash = openAccount("ASSET", "EUR", Map.of());
            double committedBefore = groups("committed");
            List<Map<String, Object>> entries = new ArrayList<>();
            for (int i = 0; i < 10; i++) {
                entries.add(transfer(newId("gc-in"), cash, guarded, "3.00"));
            }
            for (int i = 0; i < 10; i++) {
                entries.add(transfer(newId("gc-out"), guarded, cash, "3.00")); // each needs the credits before it
            }

            Api.Response answer = api.post(BATCH, Map.of("entries", entries));

            assertThat(answer.status()).as(answer.raw()).isEqualTo(200);
            assertThat(answer.body().get("created").asInt()).as(answer.raw()).isEqualTo(20);
            assertThat(groups("committed")).isGreaterThan(committedBefore);
            awaitAccount(guarded, r -> "30.00".equals(r.text("debitsPosted")) && "30.00".equals(r.text("creditsPosted")));
        }

        @Test
        void one_overdraft_in_a_group_is_refused_alone_and_the_others_are_posted_one_by_one() {
            String guarded = openAccount("LIABILITY", "EUR", Map.of("debitsMustNotExceedCredits", true));
            String cash = openAccount("ASSET", "EUR", Map.of());
            double oneByOneBefore = groups("oneByOne");
            List<Map<String, Object>> entries = new ArrayList<>();
            entries.add(transfer(newId("gc-in"), cash, guarded, "5.00"));
            entries.add(transfer(newId("gc-out"), guarded, cash, "4.00"));
            entries.add(transfer(newId("gc-over"), guarded, cash, "4.00")); // 1.00 left: refused
            entries.add(transfer(newId("gc-out"), guarded, cash, "1.00"));

            Api.Response answer = api.post(BATCH, Map.of("entries", entries));

            assertThat(answer.status()).as(answer.raw()).isEqualTo(200);
            JsonNode results = answer.body().get("results");
            assertThat(results.get(0).get("result").asString()).as(answer.raw()).isEqualTo("created");
            assertThat(results.get(1).get("result").asString()).as(answer.raw()).isEqualTo("created");
            assertThat(results.get(2).get("code").asString()).isEqualTo("exceedsCredits");
            assertThat(results.get(2).get("field").asString()).startsWith("entries[2].");
            assertThat(results.get(3).get("result").asString()).isEqualTo("created");
            assertThat(groups("oneByOne")).isGreaterThan(oneByOneBefore);
            awaitAccount(guarded, r -> "5.00".equals(r.text("debitsPosted")) && "5.00".equals(r.text("creditsPosted")));
            assertThat(jdbc.queryForObject("select count(*) from ledger_identity where id = ?", Long.class,
                    entries.get(2).get("id"))).isZero();
        }

        @Test
        void an_entry_the_four_eyes_gate_holds_is_held_and_the_rest_of_its_group_is_posted() {
            boolean wasEnabled = makerChecker.setEnabled(true);
            try {
                String cash = openAccount("ASSET", "EUR", Map.of());
                String deposits = openAccount("LIABILITY", "EUR", Map.of());
                List<Map<String, Object>> entries = List.of(transfer(newId("gc-small"), cash, deposits, "10.00"),
                        transfer(newId("gc-large"), cash, deposits, "10000.00"),
                        transfer(newId("gc-small"), cash, deposits, "20.00"));

                Api.Response answer = api.as("accountant").post(BATCH, Map.of("entries", entries));

                assertThat(answer.status()).as(answer.raw()).isEqualTo(200);
                JsonNode results = answer.body().get("results");
                assertThat(results.get(0).get("result").asString()).isEqualTo("created");
                assertThat(results.get(1).get("result").asString()).isEqualTo("held");
                assertThat(results.get(1).get("approvalId").asString()).isNotBlank();
                assertThat(results.get(2).get("result").asString()).isEqualTo("created");
                awaitAccount(cash, r -> "30.00".equals(r.text("debitsPosted")));
            } finally {
                makerChecker.setEnabled(wasEnabled);
            }
        }

        @Test
        void every_event_of_a_grouped_entry_carries_the_requests_actor_channel_and_correlation_id() {
            String cash = openAccount("ASSET", "EUR", Map.of());
            String income = openAccount("INCOME", "EUR", Map.of());
            List<Map<String, Object>> entries = new ArrayList<>();
            for (int i = 0; i < 5; i++) {
                entries.add(transfer(newId("gc-meta"), cash, income, "1.0" + i));
            }
            assertThat(api.post(BATCH, Map.of("entries", entries)).body().get("created").asInt()).isEqualTo(5);

            List<JsonNode> metadata = jdbc.query("select metadata from domainevententry where aggregateidentifier = any (?)"
                    + " or (aggregateidentifier in (?, ?) and sequencenumber > 0)", (rs, row) -> JSON.readTree(
                    new String(rs.getBytes("metadata"), StandardCharsets.UTF_8)),
                    entries.stream().map(e -> (String) e.get("id")).toArray(String[]::new), cash, income);
            assertThat(metadata).hasSize(5 * 3); // per entry: two balance changes and the entry itself
            assertThat(metadata).allSatisfy(m -> {
                assertThat(m.get("channel").asString()).isEqualTo("api");
                assertThat(m.get("actor").asString()).isNotBlank();
                assertThat(m.get("correlationId").asString()).isEqualTo(metadata.get(0).get("correlationId").asString());
            });
        }
    }

    @Nested
    class Groups_at_once {
        @Test
        void four_clients_posting_batches_over_the_same_five_accounts_lose_no_entry_and_no_cent() throws Exception {
            List<String> accounts = new ArrayList<>();
            for (int i = 0; i < 5; i++) {
                accounts.add(openAccount("ASSET", "EUR", Map.of()));
            }
            int clients = 4;
            int perBatch = 60;
            ExecutorService pool = Executors.newFixedThreadPool(clients);
            try {
                List<Future<Integer>> created = new ArrayList<>();
                for (int c = 0; c < clients; c++) {
                    int client = c;
                    created.add(pool.submit(() -> {
                        List<Map<String, Object>> entries = new ArrayList<>();
                        for (int i = 0; i < perBatch; i++) {
                            int from = (client + i) % 5;
                            entries.add(transfer(newId("gc-race"), accounts.get(from), accounts.get((from + 1 + i % 4) % 5), "1.00"));
                        }
                        return api.post(BATCH, Map.of("entries", entries)).body().get("created").asInt();
                    }));
                }
                for (Future<Integer> answer : created) {
                    assertThat(answer.get()).isEqualTo(perBatch);
                }
            } finally {
                pool.shutdownNow();
            }
            Long balanceEvents = jdbc.queryForObject("select count(*) from domainevententry where aggregateidentifier"
                    + " = any (?) and sequencenumber > 0", Long.class, (Object) accounts.toArray(String[]::new));
            assertThat(balanceEvents).isEqualTo(2L * clients * perBatch);
            long expectedMinor = 100L * clients * perBatch;
            org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(60)).until(() ->
                    totalMinor(accounts, "debitsPosted") == expectedMinor && totalMinor(accounts, "creditsPosted") == expectedMinor);
        }
    }
}
