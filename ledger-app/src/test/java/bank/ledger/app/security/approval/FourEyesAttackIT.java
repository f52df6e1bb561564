package bank.ledger.app.security.approval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import bank.ledger.app.security.access.Role;
import bank.ledger.app.security.user.UserStore;
import bank.ledger.app.support.Api;
import bank.ledger.app.support.LedgerIntegrationTest;
import bank.ledger.app.support.TestActors;
import bank.ledger.command.approval.MakerChecker;
import bank.ledger.command.dispatch.CommandDispatch;
import bank.ledger.command.dispatch.CommandOrigin;
import bank.ledger.domain.entry.api.JournalEntryState;
import bank.ledger.domain.entry.api.PostJournalEntry;
import bank.ledger.domain.entry.api.PostingRequest;
import bank.ledger.domain.entry.api.Side;
import bank.ledger.domain.refusal.LedgerRefusal;
import bank.ledger.domain.refusal.RefusalCode;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Issue 10's attacks on four-eyes: another spelling of the path, a maker whose rights changed after
 * asking, an administrator approving one they just made, and commands that do not come over HTTP.
 */
class FourEyesAttackIT extends LedgerIntegrationTest {
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    MakerChecker makerChecker;
    @Autowired
    UserStore users;
    @Autowired
    CommandDispatch connectorCommands;
    private boolean wasEnabled;
    private String cash;
    private String deposits;

    @BeforeEach
    void makerCheckerOnAndTwoAccounts() {
        wasEnabled = makerChecker.setEnabled(true);
        cash = openAccount("ASSET", "EUR", Map.of());
        deposits = openAccount("LIABILITY", "EUR", Map.of());
    }

    @AfterEach
    void restoreMakerChecker() {
        makerChecker.setEnabled(wasEnabled);
    }

    private Map<String, Object> entryOf(String id, String amount) {
        return entry(id, List.of(line(cash, "DEBIT", amount), line(deposits, "CREDIT", amount)));
    }

    private long eventsOf(String aggregateId) {
        return jdbc.queryForObject("select count(*) from domainevententry where aggregateidentifier = ?", Long.class,
                aggregateId);
    }

    private record Person(String name, Api api) {
    }

    /** A person with a role of their own (not the shared test users, whom these tests disable or demote). */
    private Person newPerson(String role) {
        String username = (role + "-" + UUID.randomUUID()).substring(0, 30);
        Api.Response created = api.post("/api/v1/users", Map.of("username", username, "password", "pw-" + username,
                "role", role));
        assertThat(created.status()).as(created.raw()).isEqualTo(201);
        return new Person(username, api.anonymous().withToken(TestActors.login(api.anonymous(), username,
                "pw-" + username)));
    }

    /** Never run: held (202) or refused (4xx), and the ledger unchanged. */
    private static void assertNotRun(Api.Response response) {
        assertThat(response.status()).as(response.raw()).isNotIn(200, 201).isBetween(202, 499);
    }

    @Nested
    class Another_spelling_of_the_path {
        @ParameterizedTest
        @ValueSource(strings = {"/api/v1/journal%2Dentries", "/api/v1/journal%2dentries", "/api/v1/journal-entries/",
                "/api/v1//journal-entries", "/api/v1/./journal-entries", "/api/v1/journal-entries;jsessionid=x",
                "/API/V1/JOURNAL-ENTRIES", "/api/v1/%6Aournal-entries"})
        void never_posts_50000_without_a_second_person(String path) {
            String id = newId("enc");
            assertNotRun(api.as("accountant").post(path, entryOf(id, "50000.00")));
            assertThat(eventsOf(id)).isZero();
        }

        @ParameterizedTest
        @ValueSource(strings = {"revers%65", "revers%45", "reverse/", "reverse;x=1", "REVERSE"})
        void never_reverses_without_a_second_person(String action) {
            String original = newId("dep");
            assertThat(api.as("accountant").post("/api/v1/journal-entries", entryOf(original, "10.00")).status())
                    .isEqualTo(201);

            assertNotRun(api.as("accountant").post("/api/v1/journal-entries/" + original + "/" + action,
                    Map.of("id", original + "-rev")));
            assertThat(eventsOf(original + "-rev")).isZero();
        }

        @ParameterizedTest
        @ValueSource(strings = {"clos%65", "clos%45", "close/", "close;x=1", "CLOSE"})
        void never_closes_an_account_without_a_second_person(String action) {
            String empty = openAccount("ASSET", "EUR", Map.of());

            assertNotRun(api.as("accountant").post("/api/v1/accounts/" + empty + "/" + action, ""));
            assertThat(api.get("/api/v1/accounts/" + empty).text("status")).isNotEqualTo("CLOSED");
        }

        @ParameterizedTest
        @ValueSource(strings = {"rol%65", "rol%45", "role/", "role;x=1", "ROLE"})
        void never_makes_an_auditor_admin_by_one_person(String action) {
            String name = newPerson("auditor").name();

            assertNotRun(api.post("/api/v1/users/" + name + "/" + action, Map.of("role", "admin")));
            assertThat(users.find(name).orElseThrow().role()).isEqualTo(Role.AUDITOR);
        }
    }

    @Nested
    class A_maker_whose_rights_changed_after_asking {
        @Test
        void once_disabled_has_their_20000_refused_at_approval() {
            Person maker = newPerson("accountant");
            String id = newId("big");
            String approvalId = maker.api().post("/api/v1/journal-entries", entryOf(id, "20000.00")).text("approvalId");
            assertThat(api.post("/api/v1/users/" + maker.name() + "/disable", "").status()).isEqualTo(200);

            Api.Response refused = api.post("/api/v1/approvals/" + approvalId + "/approve", "");

            assertProblem(refused, 409, "makerNoLongerPermitted", null);
            assertThat(eventsOf(id)).isZero();
            assertThat(api.get("/api/v1/approvals/" + approvalId).text("status")).isEqualTo("PENDING");
        }

        @Test
        void once_demoted_to_auditor_has_their_20000_refused_at_approval() {
            Person maker = newPerson("accountant");
            String name = maker.name();
            String id = newId("big");
            String approvalId = maker.api().post("/api/v1/journal-entries", entryOf(id, "20000.00")).text("approvalId");
            users.changeRole(name, Role.AUDITOR, TestActors.ADMIN_USERNAME);

            assertProblem(api.post("/api/v1/approvals/" + approvalId + "/approve", ""), 409, "makerNoLongerPermitted",
                    null);
            assertThat(eventsOf(id)).isZero();
        }

        @Test
        void still_permitted_has_it_posted_with_their_current_role() {
            Person maker = newPerson("accountant");
            String id = newId("big");
            String approvalId = maker.api().post("/api/v1/journal-entries", entryOf(id, "20000.00")).text("approvalId");

            Api.Response approved = api.post("/api/v1/approvals/" + approvalId + "/approve", "");

            assertThat(approved.status()).as(approved.raw()).isEqualTo(201);
            assertThat(eventsOf(id)).isPositive();
        }
    }

    @Nested
    class The_second_administrator_rule {
        @Test
        void an_admin_cannot_approve_the_request_of_the_admin_who_just_made_them() {
            Api newAdmin = newPerson("admin").api(); // made by the bootstrap administrator (api) a moment ago
            String original = newId("dep");
            api.as("accountant").post("/api/v1/journal-entries", entryOf(original, "10.00"));
            String approvalId = api.post("/api/v1/journal-entries/" + original + "/reverse",
                    Map.of("id", original + "-rev")).text("approvalId");

            assertProblem(newAdmin.post("/api/v1/approvals/" + approvalId + "/approve", ""), 403, "fourEyesRequired",
                    null);
            assertThat(eventsOf(original + "-rev")).isZero();
        }

        @Test
        void an_admin_cannot_approve_the_request_of_an_admin_they_just_made() {
            Api newAdmin = newPerson("admin").api();
            String approvalId = newAdmin.post("/api/v1/journal-entries", entryOf(newId("big"), "20000.00"))
                    .text("approvalId");

            assertProblem(api.post("/api/v1/approvals/" + approvalId + "/approve", ""), 403, "fourEyesRequired", null);
        }

        @Test
        void an_admin_made_before_the_approval_window_may_approve() {
            Person olderAdmin = newPerson("admin");
            jdbc.update("update app_user set role_given_at = now() - interval '30 days' where username = ?",
                    olderAdmin.name());
            String id = newId("big");
            String approvalId = api.post("/api/v1/journal-entries", entryOf(id, "20000.00")).text("approvalId");

            assertThat(olderAdmin.api().post("/api/v1/approvals/" + approvalId + "/approve", "").status()).isEqualTo(201);
        }
    }

    @Nested
    class Commands_from_the_connectors {
        private PostJournalEntry large(String id) {
            return new PostJournalEntry(id, null, "difference", false, List.of(
                    new PostingRequest(cash, Side.DEBIT, "50000.00", null),
                    new PostingRequest(deposits, Side.CREDIT, "50000.00", null)), Map.of());
        }

        @Test
        void a_persons_command_above_the_threshold_is_refused_not_run() {
            String id = newId("manual-diff");

            assertThatThrownBy(() -> connectorCommands.send(large(id), CommandOrigin.system("some-accountant", "api")))
                    .isInstanceOfSatisfying(LedgerRefusal.class,
                            refusal -> assertThat(refusal.code()).isEqualTo(RefusalCode.APPROVAL_REQUIRED));
            assertThat(eventsOf(id)).isZero();
        }

        @Test
        void the_reconciliation_engines_command_above_the_threshold_runs() {
            String id = newId("suspense");
            JournalEntryState posted = connectorCommands.send(large(id), CommandOrigin.engine("reconciliation"));
            assertThat(posted.entryId()).isEqualTo(id);
        }
    }
}
