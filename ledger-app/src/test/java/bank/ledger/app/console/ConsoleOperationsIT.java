package bank.ledger.app.console;

import static org.assertj.core.api.Assertions.assertThat;

import bank.ledger.app.support.Api;
import bank.ledger.app.support.LedgerIntegrationTest;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The console's operators' and auditors' pages over HTTP: the time slider (an account as known at a past
 * moment, hostile moments refused with their code), the event stream's channels, replays and webhooks
 * under the API's ownership rules, and every write refused to a role without the API's permission.
 */
class ConsoleOperationsIT extends LedgerIntegrationTest {
    @Autowired
    JdbcTemplate jdbc;

    private ConsoleSession signedIn(String role) {
        return ConsoleSession.newPerson(api, port, role, newId("it-ops-" + role).substring(0, 40));
    }

    @Nested
    class TimeSlider {
        @Test
        void an_auditor_sees_the_account_before_and_after_an_entry_was_recorded() {
            String cash = openAccount("ASSET", "KWD", Map.of());
            String income = openAccount("INCOME", "KWD", Map.of());
            Instant before = Instant.now();
            Api.Response posted = api.post("/api/v1/journal-entries", entry(newId("je"),
                    List.of(line(cash, "DEBIT", "7.250"), line(income, "CREDIT", "7.250"))));
            assertThat(posted.status()).as(posted.raw()).isEqualTo(201);
            ConsoleSession auditor = signedIn("auditor");
            String page = "/console/audit/accounts/" + cash + "/as-known-at";

            Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> auditor.get(page).body().contains("7.250"));
            ConsoleSession.Page then = auditor.get(page + "?at=" + encode(before.toString()));
            assertThat(then.status()).isEqualTo(200);
            assertThat(then.body()).contains("0.000", "Nothing posted was known by then", before.toString())
                    .doesNotContain("7.250").doesNotContain("method=\"post\" action=\"/console/audit");
        }

        @Test
        void the_slider_fetches_the_figures_alone_and_puts_the_moments_url_in_the_address_bar() {
            String cash = openAccount("ASSET", "EUR", Map.of());
            ConsoleSession auditor = signedIn("auditor");
            long second = Instant.now().getEpochSecond();
            ConsoleSession.Page view = auditor.getWith("/console/audit/accounts/" + cash
                    + "/as-known-at/view?epochSecond=" + second, Map.of("HX-Request", "true",
                    "HX-Trigger-Name", "epochSecond"));
            assertThat(view.status()).isEqualTo(200);
            assertThat(view.body()).contains("id=\"known\"", "hx-swap-oob").doesNotContain("<html");
            assertThat(view.header("HX-Push-Url")).isEqualTo("/console/audit/accounts/" + cash + "/as-known-at?at="
                    + Instant.ofEpochSecond(second));
        }

        @Test
        void a_hostile_moment_is_refused_with_its_code_never_a_server_error() {
            String cash = openAccount("ASSET", "EUR", Map.of());
            ConsoleSession auditor = signedIn("auditor");
            String page = "/console/audit/accounts/" + cash + "/as-known-at?at=";
            for (String hostile : List.of("2026-01-01T00:00:00Z\u0000", "9999-12-30T00:00:00Z", "3000-01-01T00:00:00Z",
                    "yesterday", "x".repeat(5000), "2026-13-45T99:99:99Z", "\u0000", "2026-01-01T00:00:00Z' or 1=1")) {
                ConsoleSession.Page refused = auditor.get(page + encode(hostile));
                assertThat(refused.status()).as(hostile).isEqualTo(400);
                assertThat(refused.body()).as(hostile).contains("invalidField").contains("at");
            }
            for (String hostile : List.of("abc", "99999999999999999999", "-99999999999999", "4102444800")) {
                ConsoleSession.Page refused = auditor.getWith("/console/audit/accounts/" + cash
                        + "/as-known-at/view?epochSecond=" + encode(hostile), Map.of("HX-Trigger-Name", "epochSecond"));
                assertThat(refused.status()).as(hostile).isEqualTo(200);
                assertThat(refused.body()).as(hostile).containsAnyOf("invalidField", "dateOutOfRange")
                        .contains("epochSecond");
            }
            ConsoleSession.Page beforeTheCalendar = auditor.get(page + encode("1800-01-01T00:00:00Z"));
            assertThat(beforeTheCalendar.status()).isEqualTo(400);
            assertThat(beforeTheCalendar.body()).contains("dateOutOfRange");
            assertThat(auditor.get("/console/audit/accounts/" + newId("acc") + "/as-known-at").status()).isEqualTo(404);
        }
    }

    @Nested
    class EventFeed {
        @Test
        void an_auditor_reads_the_newest_events_with_who_and_how_and_the_page_opens_the_live_stream() {
            String cash = openAccount("ASSET", "EUR", Map.of());
            ConsoleSession auditor = signedIn("auditor");
            ConsoleSession.Page feed = auditor.get("/console/audit/feed");
            assertThat(feed.status()).isEqualTo(200);
            assertThat(feed.body()).contains("/console/audit/accounts/" + cash, "AccountOpened", "sse-connect",
                    "/console/audit/feed/live?after=").doesNotContain("method=\"post\" action=\"/console/audit");
            ConsoleSession.Page older = auditor.get("/console/audit/feed?before=2");
            assertThat(older.status()).isEqualTo(200);
            assertThat(older.body()).doesNotContain("sse-connect");
        }

        @Test
        void a_hostile_position_is_refused_with_its_code() {
            ConsoleSession auditor = signedIn("auditor");
            for (String hostile : List.of("abc", "-5", "99999999999999999999", "%00", "1e3")) {
                ConsoleSession.Page refused = auditor.get("/console/audit/feed?before=" + hostile);
                assertThat(refused.status()).as(hostile).isEqualTo(400);
                assertThat(refused.body()).as(hostile).contains("invalidField", "before");
            }
            assertThat(auditor.get("/console/audit/feed/live?after=abc").status()).isEqualTo(400);
        }
    }

    @Nested
    class Permissions {
        @Test
        void an_auditor_gets_no_operator_page_and_every_forged_operator_post_is_refused() {
            ConsoleSession auditor = signedIn("auditor");
            String cash = openAccount("ASSET", "EUR", Map.of());
            assertThat(auditor.get("/console/audit/accounts/" + cash).body()).doesNotContain("method=\"post\" action=\"/console/operations");
            for (String page : List.of("/console/operations/projections", "/console/operations/stream",
                    "/console/operations/stream/webhooks")) {
                assertThat(auditor.get(page).status()).as(page).isEqualTo(403);
            }
            for (String forged : List.of("/console/operations/projections/account-balances/rebuild",
                    "/console/operations/stream/replays", "/console/operations/stream/replays/rp-x/cancel",
                    "/console/operations/stream/webhooks/wh-x/dead-letters/1/redeliver",
                    "/console/operations/stream/webhooks/wh-x/dead-letters/redeliver")) {
                // the token is the auditor's own, valid: the role is what the server refuses
                assertThat(auditor.post(forged, Map.of("queue", "q", "fromPosition", "1")).status()).as(forged)
                        .isEqualTo(403);
            }
        }

        @Test
        void an_accountant_cannot_reach_the_operators_pages_and_sees_no_link_to_them() {
            ConsoleSession accountant = signedIn("accountant");
            assertThat(accountant.get("/console").body()).doesNotContain("/console/operations/stream",
                    "/console/operations/projections");
            for (String page : List.of("/console/operations/projections", "/console/operations/projections/table",
                    "/console/operations/stream", "/console/operations/stream/progress",
                    "/console/operations/stream/webhooks")) {
                assertThat(accountant.get(page).status()).as(page).isEqualTo(403);
            }
        }
    }

    @Nested
    class EventStream {
        @Test
        void an_integrator_sees_the_channels_and_starts_a_replay_that_shows_its_progress() {
            ConsoleSession integrator = signedIn("integrator");
            ConsoleSession.Page stream = integrator.get("/console/operations/stream");
            assertThat(stream.status()).isEqualTo(200);
            assertThat(stream.body()).contains("data-test=\"channels\"", "Event stream");
            String queue = ("it-console-" + UUID.randomUUID()).substring(0, 30);
            long head = api.get("/api/v1/stream").body().get("headPosition").asLong();

            ConsoleSession.Page started = integrator.post("/console/operations/stream/replays",
                    Map.of("queue", queue, "fromPosition", String.valueOf(Math.max(1, head)), "fromTime", ""));
            assertThat(started.location()).endsWith("/console/operations/stream");
            assertThat(integrator.get("/console/operations/stream/progress").body())
                    .contains("replay-" + queue, "<progress");
        }

        @Test
        void a_hostile_replay_form_is_refused_with_its_code() {
            ConsoleSession integrator = signedIn("integrator");
            integrator.get("/console/operations/stream");
            for (Map<String, String> hostile : List.of(Map.of("queue", "ok-q", "fromPosition", "abc"),
                    Map.of("queue", "amq.evil", "fromPosition", "1"), Map.of("queue", "q\u0000x", "fromPosition", "1"),
                    Map.of("queue", "ok-q", "fromTime", "not a time"), Map.of("queue", "ok-q", "fromPosition", "0"))) {
                ConsoleSession.Page posted = integrator.post("/console/operations/stream/replays", hostile);
                assertThat(posted.status()).as(hostile.toString()).isEqualTo(302);
                assertThat(integrator.get("/console/operations/stream").body()).as(hostile.toString())
                        .contains("data-test=\"refusal\"", "invalidField");
            }
        }

        @Test
        void a_webhooks_dead_letter_is_redelivered_by_its_owner_and_out_of_another_integrators_reach() {
            String owner = newId("it-ops-owner").substring(0, 40);
            String password = "pw-" + UUID.randomUUID();
            ConsoleSession mine = ConsoleSession.newPerson(api, port, "integrator", owner, password);
            Api ownerApi = new Api(port).withToken(api.anonymous().post("/api/v1/auth/token", Map.of("username", owner,
                    "password", password)).text("accessToken"));
            String webhook = webhookAs(ownerApi);
            long dead = deadLetterFor(webhook);
            String base = "/console/operations/stream/webhooks/" + webhook;

            ConsoleSession other = signedIn("integrator");
            assertThat(other.get("/console/operations/stream/webhooks").body()).doesNotContain(webhook);
            ConsoleSession.Page notTheirs = other.get(base);
            assertThat(notTheirs.status()).isEqualTo(404);
            assertThat(notTheirs.body()).contains("subscriptionNotFound");
            other.get("/console/operations/stream/webhooks");
            assertThat(other.post(base + "/dead-letters/" + dead + "/redeliver", Map.of()).location())
                    .endsWith("/console/operations/stream/webhooks");
            assertThat(status(dead)).isEqualTo("DEAD");

            assertThat(mine.get("/console/operations/stream/webhooks").body()).contains(webhook);
            assertThat(mine.get(base).body()).contains("redeliver-" + dead);
            assertThat(mine.post(base + "/dead-letters/" + dead + "/redeliver", Map.of()).location()).endsWith(base);
            assertThat(status(dead)).isNotEqualTo("DEAD");
            assertThat(mine.get(base).body()).contains("is pending again");
            ConsoleSession admin = signedIn("admin");
            assertThat(admin.get("/console/operations/stream/webhooks").status()).isEqualTo(200);
            assertThat(admin.get(base).status()).isEqualTo(200);
        }
    }

    /** The owner's webhook: made through the API as the owner (the console makes none). */
    private String webhookAs(Api ownerApi) {
        Api.Response created = ownerApi.post("/api/v1/webhooks", Map.of("url", "http://127.0.0.1:9/x",
                "accountIds", List.of(newId("nobody"))));
        assertThat(created.status()).as(created.raw()).isEqualTo(201);
        return created.text("id");
    }

    private long deadLetterFor(String webhookId) {
        return DeadLetters.insert(jdbc, webhookId);
    }

    private String status(long deliveryId) {
        return DeadLetters.status(jdbc, deliveryId);
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
