package bank.ledger.app.security.approval;

import static org.assertj.core.api.Assertions.assertThat;

import bank.ledger.app.support.Api;
import bank.ledger.app.support.LedgerIntegrationTest;
import bank.ledger.app.support.TestActors;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import bank.ledger.command.approval.MakerChecker;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Risky commands wait for a second person, who must be someone else allowed to make them. Maker-checker
 * is switched on for each test in the shared context (default threshold 10000 major units).
 */
class MakerCheckerIT extends LedgerIntegrationTest {
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    MakerChecker makerChecker;
    private boolean wasEnabled;
    private Api maker;
    private Api checker;
    private String cash;
    private String deposits;

    @AfterEach
    void restoreMakerChecker() {
        makerChecker.setEnabled(wasEnabled);
    }

    @BeforeEach
    void twoPeopleAndTwoAccounts() {
        wasEnabled = makerChecker.setEnabled(true);
        maker = api.as("accountant");
        checker = api; // the administrator: another person, allowed to post and reverse
        cash = openAccount("ASSET", "EUR", Map.of());
        deposits = openAccount("LIABILITY", "EUR", Map.of());
    }

    private Map<String, Object> entryOf(String id, String amount) {
        return entry(id, List.of(line(cash, "DEBIT", amount), line(deposits, "CREDIT", amount)));
    }

    private long eventsOf(String aggregateId) {
        return jdbc.queryForObject("select count(*) from domainevententry where aggregateidentifier = ?", Long.class,
                aggregateId);
    }

    @Nested
    class LargePosting {
        @Test
        void a_posting_below_the_threshold_runs_at_once() {
            assertThat(maker.post("/api/v1/journal-entries", entryOf(newId("small"), "9999.99")).status())
                    .isEqualTo(201);
        }

        @Test
        void a_posting_split_into_lines_below_the_threshold_is_judged_on_its_total() {
            String id = newId("split");
            Api.Response held = maker.post("/api/v1/journal-entries", entry(id, List.of(line(cash, "DEBIT", "5000.00"),
                    line(cash, "DEBIT", "5000.00"), line(deposits, "CREDIT", "10000.00"))));

            assertThat(held.status()).as(held.raw()).isEqualTo(202);
            assertThat(eventsOf(id)).isZero();
        }

        @Test
        void a_large_hold_waits_to_be_recorded_and_again_to_be_posted() {
            String id = newId("hold");
            Map<String, Object> hold = new java.util.HashMap<>(entryOf(id, "20000.00"));
            hold.put("pending", true);
            Api.Response held = maker.post("/api/v1/journal-entries", hold);
            assertThat(held.status()).as(held.raw()).isEqualTo(202);
            assertThat(checker.post("/api/v1/approvals/" + held.text("approvalId") + "/approve", "").status())
                    .isEqualTo(201);

            Api.Response postHeld = maker.post("/api/v1/journal-entries/" + id + "/post", "");
            assertThat(postHeld.status()).as(postHeld.raw()).isEqualTo(202);
            assertThat(postHeld.text("reason")).isEqualTo("largePosting");
            Api.Response posted = checker.post("/api/v1/approvals/" + postHeld.text("approvalId") + "/approve", "");

            assertThat(posted.status()).as(posted.raw()).isEqualTo(200);
            assertThat(posted.text("status")).isEqualTo("POSTED");
        }

        @Test
        void a_held_request_sent_twice_is_held_twice_and_approving_both_posts_once() {
            String id = newId("twice");
            String first = maker.post("/api/v1/journal-entries", entryOf(id, "20000.00")).text("approvalId");
            String second = maker.post("/api/v1/journal-entries", entryOf(id, "20000.00")).text("approvalId");

            assertThat(checker.post("/api/v1/approvals/" + first + "/approve", "").status()).isEqualTo(201);
            assertThat(checker.post("/api/v1/approvals/" + second + "/approve", "").status()).isEqualTo(200);
            assertThat(jdbc.queryForObject("select count(*) from domainevententry where aggregateidentifier = ?"
                    + " and payloadtype like '%JournalEntryPosted'", Long.class, id)).isOne();
        }

        @Test
        void in_yen_the_default_threshold_is_in_yen() {
            String yen = openAccount("ASSET", "JPY", Map.of());
            String yenDeposits = openAccount("LIABILITY", "JPY", Map.of());
            assertThat(maker.post("/api/v1/journal-entries", entry(newId("jpy"), List.of(line(yen, "DEBIT", "9999"),
                    line(yenDeposits, "CREDIT", "9999")))).status()).isEqualTo(201);
            assertThat(maker.post("/api/v1/journal-entries", entry(newId("jpy"), List.of(line(yen, "DEBIT", "10000"),
                    line(yenDeposits, "CREDIT", "10000")))).status()).isEqualTo(202);
        }

        @Test
        void a_posting_at_the_threshold_waits_and_changes_nothing_until_approved() {
            String id = newId("big");
            Api.Response held = maker.post("/api/v1/journal-entries", entryOf(id, "10000.00"));

            assertThat(held.status()).isEqualTo(202);
            assertThat(held.text("reason")).isEqualTo("largePosting");
            assertThat(eventsOf(id)).isZero();

            Api.Response approved = checker.post("/api/v1/approvals/" + held.text("approvalId") + "/approve", "");

            assertThat(approved.status()).as(approved.raw()).isEqualTo(201);
            assertThat(approved.text("id")).isEqualTo(id);
            assertThat(eventsOf(id)).isPositive();
        }

        @Test
        void the_executed_request_names_the_maker_as_actor_and_the_approval_as_correlation() {
            String id = newId("big");
            String approvalId = maker.post("/api/v1/journal-entries", entryOf(id, "50000.00")).text("approvalId");
            checker.post("/api/v1/approvals/" + approvalId + "/approve", "");

            byte[] raw = jdbc.queryForObject("select metadata from domainevententry where aggregateidentifier = ?"
                    + " order by sequencenumber limit 1", byte[].class, id);
            JsonNode metadata = JsonMapper.builder().build().readTree(raw);
            assertThat(metadata.get("actorRole").asString()).isEqualTo("accountant");
            assertThat(metadata.get("correlationId").asString()).isEqualTo(approvalId);
            assertThat(metadata.get("actor").asString()).isEqualTo(TestActors.username("accountant"));
            assertThat(metadata.get("approvedBy").asString()).isEqualTo(TestActors.ADMIN_USERNAME);
            Api.Response record = checker.get("/api/v1/approvals/" + approvalId);
            assertThat(record.text("status")).isEqualTo("APPROVED");
            assertThat(record.body().get("resultStatus").asInt()).isEqualTo(201);
        }
    }

    @Nested
    class FourEyes {
        @Test
        void the_maker_cannot_approve_their_own_request() {
            String approvalId = maker.post("/api/v1/journal-entries", entryOf(newId("big"), "20000.00"))
                    .text("approvalId");

            Api.Response refused = maker.post("/api/v1/approvals/" + approvalId + "/approve", "");

            assertThat(refused.status()).isEqualTo(403);
            assertThat(refused.text("code")).isEqualTo("fourEyesRequired");
        }

        @Test
        void an_auditor_may_see_but_not_approve() {
            String approvalId = maker.post("/api/v1/journal-entries", entryOf(newId("big"), "20000.00"))
                    .text("approvalId");

            assertThat(api.as("auditor").get("/api/v1/approvals/" + approvalId).status()).isEqualTo(200);
            assertThat(api.as("auditor").post("/api/v1/approvals/" + approvalId + "/approve", "").status())
                    .isEqualTo(403);
        }

        @Test
        void a_request_held_longer_than_the_approval_ttl_cannot_be_approved_but_can_be_rejected() {
            String id = newId("big");
            String approvalId = maker.post("/api/v1/journal-entries", entryOf(id, "30000.00")).text("approvalId");
            jdbc.update("update app_approval set requested_at = now() - interval '8 days' where approval_id = ?",
                    approvalId);

            Api.Response late = checker.post("/api/v1/approvals/" + approvalId + "/approve", "");

            assertThat(late.status()).isEqualTo(409);
            assertThat(late.text("code")).isEqualTo("approvalExpired");
            assertThat(eventsOf(id)).isZero();
            assertThat(checker.post("/api/v1/approvals/" + approvalId + "/reject", "").text("status"))
                    .isEqualTo("REJECTED");
        }

        @Test
        void a_rejected_request_never_runs_and_cannot_be_approved_afterwards() {
            String id = newId("big");
            String approvalId = maker.post("/api/v1/journal-entries", entryOf(id, "20000.00")).text("approvalId");

            assertThat(checker.post("/api/v1/approvals/" + approvalId + "/reject", "").text("status"))
                    .isEqualTo("REJECTED");
            Api.Response late = checker.post("/api/v1/approvals/" + approvalId + "/approve", "");

            assertThat(late.status()).isEqualTo(409);
            assertThat(late.text("code")).isEqualTo("approvalDecided");
            assertThat(eventsOf(id)).isZero();
        }

        @Test
        void pending_approvals_are_listed_oldest_first_page_by_page() {
            String first = maker.post("/api/v1/journal-entries", entryOf(newId("big"), "30000.00")).text("approvalId");
            String second = maker.post("/api/v1/journal-entries", entryOf(newId("big"), "30000.00")).text("approvalId");
            List<String> seen = new java.util.ArrayList<>();
            String after = null;
            do {
                Api.Response page = checker.get("/api/v1/approvals?pageSize=2" + (after == null ? "" : "&after=" + after));
                assertThat(page.status()).isEqualTo(200);
                page.body().get("approvals").forEach(a -> seen.add(a.get("id").asString()));
                after = page.text("nextAfter");
            } while (after != null);

            assertThat(seen).containsSubsequence(first, second).doesNotHaveDuplicates();
        }

        @Test
        void a_request_held_before_commands_were_stored_is_never_run_but_can_be_rejected() {
            String approvalId = UUID.randomUUID().toString();
            jdbc.update("insert into app_approval (approval_id, method, path, body, reason, requested_by,"
                    + " requested_role, status) values (?, 'POST', '/api/v1/journal-entries', '{}', 'largePosting', ?,"
                    + " 'accountant', 'PENDING')", approvalId, TestActors.username("accountant"));

            assertProblem(checker.post("/api/v1/approvals/" + approvalId + "/approve", ""), 409, "approvalExpired", "id");
            assertThat(checker.post("/api/v1/approvals/" + approvalId + "/reject", "").text("status"))
                    .isEqualTo("REJECTED");
        }

        @Test
        void an_unknown_approval_is_404() {
            assertThat(checker.post("/api/v1/approvals/" + UUID.randomUUID() + "/approve", "").status())
                    .isEqualTo(404);
        }
    }

    @Nested
    class RoleChange {
        @Test
        void a_role_change_needs_a_second_administrator_and_ends_the_users_sessions() {
            String clerk = ("clerk-" + UUID.randomUUID()).substring(0, 30);
            api.post("/api/v1/users", Map.of("username", clerk, "password", "clerk-password-1", "role", "accountant"));
            Api clerkApi = api.anonymous().withToken(TestActors.login(api.anonymous(), clerk, "clerk-password-1"));
            String secondAdmin = ("admin2-" + UUID.randomUUID()).substring(0, 30);
            api.post("/api/v1/users", Map.of("username", secondAdmin, "password", "admin2-password-1", "role", "admin"));
            Api otherAdmin = api.anonymous().withToken(
                    TestActors.login(api.anonymous(), secondAdmin, "admin2-password-1"));
            // an administrator made long ago (the second-admin rule refuses one made within the approval window)
            jdbc.update("update app_user set role_given_at = now() - interval '30 days' where username = ?", secondAdmin);

            Api.Response held = api.post("/api/v1/users/" + clerk + "/role", Map.of("role", "auditor"));
            assertThat(held.status()).isEqualTo(202);
            assertThat(held.text("reason")).isEqualTo("roleChange");
            assertThat(clerkApi.get("/api/v1/accounts?pageSize=1").status()).isEqualTo(200);

            Api.Response approved = otherAdmin.post("/api/v1/approvals/" + held.text("approvalId") + "/approve", "");

            assertThat(approved.status()).as(approved.raw()).isEqualTo(200);
            assertThat(approved.text("role")).isEqualTo("auditor");
            assertThat(clerkApi.get("/api/v1/accounts?pageSize=1").status()).isEqualTo(401);
        }

        @Test
        void an_accountant_cannot_approve_a_role_change() {
            String approvalId = api.post("/api/v1/users/" + TestActors.username("auditor") + "/role",
                    Map.of("role", "admin")).text("approvalId");

            assertThat(maker.post("/api/v1/approvals/" + approvalId + "/approve", "").status()).isEqualTo(403);
        }
    }

    @Nested
    class MalformedRequests {
        @Test
        void a_malformed_reversal_is_refused_at_once_and_leaves_no_approval() {
            long pendingBefore = jdbc.queryForObject("select count(*) from app_approval", Long.class);

            Api.Response refused = maker.post("/api/v1/journal-entries/" + newId("x") + "/reverse", "{\"id\": ");

            assertThat(refused.status()).isEqualTo(400);
            assertThat(jdbc.queryForObject("select count(*) from app_approval", Long.class)).isEqualTo(pendingBefore);
        }
    }

    @Nested
    class ReversalsAndClosing {
        @Test
        void every_reversal_waits_for_approval_and_then_reverses() {
            String original = newId("dep");
            assertThat(maker.post("/api/v1/journal-entries", entryOf(original, "10.00")).status()).isEqualTo(201);

            Api.Response held = maker.post("/api/v1/journal-entries/" + original + "/reverse",
                    Map.of("id", original + "-rev"));
            assertThat(held.status()).isEqualTo(202);
            assertThat(held.text("reason")).isEqualTo("reversal");

            Api.Response approved = checker.post("/api/v1/approvals/" + held.text("approvalId") + "/approve", "");
            assertThat(approved.status()).as(approved.raw()).isEqualTo(201);
            assertThat(approved.text("reversalOf")).isEqualTo(original);
        }

        @Test
        void closing_an_account_waits_for_approval() {
            String empty = openAccount("ASSET", "EUR", Map.of());

            Api.Response held = maker.post("/api/v1/accounts/" + empty + "/close", "");
            assertThat(held.status()).isEqualTo(202);
            assertThat(held.text("reason")).isEqualTo("closeAccount");

            Api.Response approved = checker.post("/api/v1/approvals/" + held.text("approvalId") + "/approve", "");
            assertThat(approved.status()).as(approved.raw()).isEqualTo(200);
            assertThat(approved.text("status")).isEqualTo("CLOSED");
        }
    }
}
