package bank.ledger.app.console;

import static org.assertj.core.api.Assertions.assertThat;

import bank.ledger.app.reconciliation.Camt;
import bank.ledger.app.support.Api;
import bank.ledger.app.support.LedgerIntegrationTest;
import bank.ledger.app.support.TestActors;
import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Predicate;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The console over HTTP, as a browser speaks to it: sign-in by form, pages per role, CSRF on every post,
 * writes refused to roles without the permission, and the API's chain unmoved (bearer tokens work, the
 * console's cookie opens nothing under /api).
 */
class ConsoleIT extends LedgerIntegrationTest {
    private static final String DAY = "2026-11-20";

    /**
     * A new person of the role, signed in: each sign-in counts against the per-account login limit, so
     * every session here is a person of its own (the run's shared users keep their quota for the API tests).
     */
    private ConsoleSession signedIn(String role) {
        return signedIn(role, newId("it-console-" + role).substring(0, 40));
    }

    private ConsoleSession signedIn(String role, String username) {
        String password = "pw-" + java.util.UUID.randomUUID();
        Api.Response created = api.post("/api/v1/users", Map.of("username", username, "password", password,
                "role", role));
        assertThat(created.status()).as(created.raw()).isEqualTo(201);
        ConsoleSession session = new ConsoleSession(port);
        session.signIn(username, password);
        return session;
    }

    @Nested
    class SigningIn {
        @Test
        void the_root_url_leads_to_the_console_and_the_console_to_the_sign_in_form() {
            ConsoleSession anonymous = new ConsoleSession(port);
            assertThat(anonymous.get("/").location()).endsWith("/console");
            ConsoleSession.Page console = anonymous.get("/console");
            assertThat(console.status()).isEqualTo(302);
            assertThat(console.location()).endsWith("/console/login");
            assertThat(anonymous.get("/console/login").body()).contains("name=\"_csrf\"", "Sign in");
        }

        @Test
        void every_role_that_reads_signs_in_and_sees_its_role() {
            for (String role : List.of("admin", "accountant", "auditor", "integrator")) {
                ConsoleSession.Page home = signedIn(role).get("/console");
                assertThat(home.status()).as(role).isEqualTo(200);
                assertThat(home.body()).as(role).contains(">" + role + "<");
            }
        }

        @Test
        void a_wrong_password_is_refused_with_its_code() {
            ConsoleSession session = new ConsoleSession(port);
            session.get("/console/login");
            ConsoleSession.Page posted = session.post("/console/login", Map.of("username",
                    newId("nobody").substring(0, 30), "password", "wrong"));
            assertThat(posted.location()).endsWith("/console/login?error");
            assertThat(session.get("/console/login?error").body()).contains("invalidCredentials");
        }

        @Test
        void the_session_cookie_is_http_only_and_same_site_lax() {
            ConsoleSession session = new ConsoleSession(port);
            session.get("/console/login");
            ConsoleSession.Page posted = session.post("/console/login", Map.of("username", TestActors.ADMIN_USERNAME,
                    "password", TestActors.ADMIN_PASSWORD));
            String cookie = posted.response().headers().allValues("Set-Cookie").stream()
                    .filter(c -> c.startsWith("LEDGER_CONSOLE=")).findFirst().orElseThrow();
            assertThat(cookie).contains("HttpOnly", "SameSite=Lax");
        }

        @Test
        void signing_out_ends_the_session() {
            ConsoleSession session = signedIn("auditor");
            assertThat(session.post("/console/logout", Map.of()).location()).contains("/console/login");
            assertThat(session.get("/console").status()).isEqualTo(302);
        }
    }

    @Nested
    class Csrf {
        @Test
        void a_form_post_without_the_token_is_refused() {
            ConsoleSession session = signedIn("accountant");
            ConsoleSession.Page forged = session.postWithoutToken("/console/accounts", Map.of("id", newId("acc"),
                    "code", "X", "name", "X", "type", "ASSET", "currency", "EUR"));
            assertThat(forged.status()).isEqualTo(403);
        }

        @Test
        void a_sign_in_without_the_token_is_refused() {
            ConsoleSession session = new ConsoleSession(port);
            ConsoleSession.Page forged = session.postWithoutToken("/console/login", Map.of("username",
                    TestActors.ADMIN_USERNAME, "password", TestActors.ADMIN_PASSWORD));
            assertThat(forged.status()).isIn(302, 403);
            assertThat(session.get("/console").status()).isEqualTo(302); // not signed in
        }
    }

    @Nested
    class Roles {
        @Test
        void an_auditor_sees_no_write_button_and_a_forged_post_with_a_valid_token_is_refused() {
            String account = openAccount("ASSET", "EUR", Map.of());
            ConsoleSession auditor = signedIn("auditor");
            ConsoleSession.Page page = auditor.get("/console/accounts/" + account);
            assertThat(page.status()).isEqualTo(200);
            assertThat(page.body()).doesNotContain("data-test=\"post-entry\"", "Open an account");
            ConsoleSession.Page forged = auditor.post("/console/accounts", Map.of("id", newId("acc"), "code", "AUD",
                    "name", "Auditor's", "type", "ASSET", "currency", "EUR"));
            assertThat(forged.status()).isEqualTo(403);
            assertThat(auditor.post("/console/entries", Map.of("id", newId("je"))).status()).isEqualTo(403);
        }

        @Test
        void an_accountant_sees_the_write_buttons_and_no_operator_page() {
            ConsoleSession accountant = signedIn("accountant");
            assertThat(accountant.get("/console/accounts").body()).contains("data-test=\"open-account\"",
                    "data-test=\"post-entry\"");
            assertThat(accountant.get("/console/operations/projections").status()).isEqualTo(403);
        }

        @Test
        void an_administrator_sees_projections_and_approvals() {
            ConsoleSession admin = signedIn("admin");
            assertThat(admin.get("/console/operations/projections").body()).contains("account-balances");
            assertThat(admin.get("/console/operations/approvals").status()).isEqualTo(200);
        }
    }

    @Nested
    class Accountants {
        @Test
        void opening_an_account_and_posting_an_entry_shows_the_balance_with_the_currency_decimals() {
            ConsoleSession accountant = signedIn("accountant");
            accountant.get("/console/accounts/new");
            String cash = newId("acc");
            ConsoleSession.Page opened = accountant.post("/console/accounts", Map.of("id", cash, "code", "K-" + cash,
                    "name", "Cash KWD", "type", "ASSET", "currency", "KWD"));
            assertThat(opened.location()).contains("/console/accounts/" + cash);
            String income = openAccount("INCOME", "KWD", Map.of());

            accountant.get("/console/entries/new");
            String entry = newId("je");
            ConsoleSession.Page posted = accountant.post("/console/entries?" + lines(cash, income, "12.345"),
                    Map.of("id", entry, "description", "console entry"));
            assertThat(posted.location()).as(posted.body()).contains("/console/entries/" + entry);

            // the balances and the entry are two read models, each a moment behind the write
            Awaitility.await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
                assertThat(accountant.get("/console/accounts/" + cash).body()).contains("12.345");
                assertThat(accountant.get("/console/entries/" + entry).body()).contains("POSTED", "12.345");
            });
            assertThat(accountant.get("/console/reports/trial-balance").body()).contains("KWD", "balanced");
        }

        @Test
        void a_refused_entry_comes_back_beside_the_form_with_its_code() {
            ConsoleSession accountant = signedIn("accountant");
            String cash = openAccount("ASSET", "EUR", Map.of());
            accountant.get("/console/entries/new");
            ConsoleSession.Page refused = accountant.post("/console/entries?" + lines(cash, newId("missing"), "1.00"),
                    Map.of("id", newId("je")));
            assertThat(refused.status()).isEqualTo(422);
            assertThat(refused.body()).contains("data-test=\"refusal\"", "accountNotFound");
        }

        @Test
        void an_unknown_account_is_a_not_found_page_with_its_code() {
            ConsoleSession.Page page = signedIn("auditor").get("/console/accounts/" + newId("missing"));
            assertThat(page.status()).isEqualTo(404);
            assertThat(page.body()).contains("accountNotFound");
        }

        @Test
        void a_position_that_is_no_number_is_a_refused_page_naming_the_parameter() {
            ConsoleSession.Page page = signedIn("auditor").get("/console/audit/accounts/" + newId("a") + "?after=abc%00");
            assertThat(page.status()).isEqualTo(400);
            assertThat(page.body()).contains("invalidField").contains("after").doesNotContain("\"status\"");
        }

        @Test
        void the_statement_downloads_as_the_api_csv() {
            String account = openAccount("ASSET", "EUR", Map.of());
            ConsoleSession.Page csv = signedIn("auditor").get("/console/accounts/" + account + "/statement.csv");
            assertThat(csv.status()).isEqualTo(200);
            assertThat(csv.header("Content-Type")).startsWith("text/csv");
        }

        private static String lines(String debit, String credit, String amount) {
            return "accountId=" + debit + "&side=DEBIT&amount=" + amount + "&accountId=" + credit
                    + "&side=CREDIT&amount=" + amount;
        }
    }

    @Nested
    class Auditors {
        @Test
        void an_account_history_names_actor_role_channel_and_the_verification() {
            String maker = newId("it-console-maker").substring(0, 40);
            ConsoleSession accountant = signedIn("accountant", maker);
            accountant.get("/console/accounts/new");
            String account = newId("acc");
            accountant.post("/console/accounts", Map.of("id", account, "code", "H-" + account, "name", "History",
                    "type", "ASSET", "currency", "EUR"));
            ConsoleSession.Page history = signedIn("auditor").get("/console/audit/accounts/" + account);
            assertThat(history.status()).isEqualTo(200);
            assertThat(history.body()).contains("AccountOpened", maker, "accountant",
                    "console", "data-test=\"verification\"");
            assertThat(signedIn("auditor").get("/console/audit/chain").body()).contains("data-test=\"chain-verification\"");
        }
    }

    @Nested
    class Reconciliation {
        @Test
        void the_worklist_finds_statements_by_key_and_an_unknown_one_is_not_found_with_its_code() {
            ConsoleSession auditor = signedIn("auditor");
            assertThat(auditor.get("/console/reconciliation").body()).contains("name=\"statementKey\"");
            assertThat(auditor.get("/console/reconciliation?statementKey=s-1").location())
                    .endsWith("/console/reconciliation/statements/s-1");
            ConsoleSession.Page missing = auditor.get("/console/reconciliation/statements/" + newId("stmt"));
            assertThat(missing.status()).isEqualTo(404);
            assertThat(missing.body()).contains("statementNotFound");
        }

        @Test
        void an_accountant_unmatches_and_rematches_a_line_and_its_status_follows() {
            Statement statement = statementWithOneMatchedLine();
            String username = newId("it-console-recon").substring(0, 40);
            ConsoleSession accountant = signedIn("accountant", username);
            String page = "/console/reconciliation/statements/" + statement.key();
            assertThat(accountant.get(page).body()).contains("data-test=\"match-line\"", "data-test=\"unmatch-line\"");

            ConsoleSession.Page unmatched = accountant.post(page + "/unmatch", Map.of("lineNo", "1",
                    "reason", "wrong customer"));
            assertThat(unmatched.location()).endsWith(page);
            assertThat(accountant.get(page).body()).contains("data-test=\"decided\"");
            awaitLine(statement.key(), line -> "OPEN".equals(line.get("status").asString()));

            ConsoleSession.Page matched = accountant.post(page + "/match", Map.of("lineNo", "1",
                    "entryIds", statement.right(), "reason", "remittance says so"));
            assertThat(matched.location()).endsWith(page);
            JsonNode line = awaitLine(statement.key(), l -> "manual".equals(l.get("rule").asString()));
            assertThat(line.get("items").get(0).get("entryId").asString()).isEqualTo(statement.right());
            assertThat(line.get("decidedBy").asString()).isEqualTo(username);
            assertThat(accountant.get(page).body()).contains("MATCHED", "manual");
        }

        @Test
        void a_refused_decision_comes_back_beside_the_forms_with_its_code() {
            Statement statement = statementWithOneMatchedLine();
            ConsoleSession accountant = signedIn("accountant");
            String page = "/console/reconciliation/statements/" + statement.key();
            accountant.get(page);
            accountant.post(page + "/match", Map.of("lineNo", "1", "entryIds", newId("missing"), "reason", "r"));
            assertThat(accountant.get(page).body()).contains("data-test=\"refusal\"", "ledgerItemNotFound");
        }

        @Test
        void an_auditor_sees_no_decision_form_and_a_forged_match_is_refused() {
            Statement statement = statementWithOneMatchedLine();
            ConsoleSession auditor = signedIn("auditor");
            String page = "/console/reconciliation/statements/" + statement.key();
            ConsoleSession.Page read = auditor.get(page);
            assertThat(read.status()).isEqualTo(200);
            assertThat(read.body()).contains("MATCHED").doesNotContain("data-test=\"match-line\"");
            assertThat(auditor.get("/console/reconciliation/accounts/" + statement.ledger()).status()).isEqualTo(200);
            ConsoleSession.Page forged = auditor.post(page + "/match", Map.of("lineNo", "1",
                    "entryIds", statement.right(), "reason", "forged"));
            assertThat(forged.status()).isEqualTo(403);
            assertThat(auditor.post(page + "/unmatch", Map.of("lineNo", "1", "reason", "forged")).status())
                    .isEqualTo(403);
        }

        /** Two receipts of 8.00 on a mapped bank account; its statement's one line matched by the engine. */
        private Statement statementWithOneMatchedLine() {
            String iban = "DE" + (10_000_000_000L + ThreadLocalRandom.current().nextLong(90_000_000_000L))
                    + (100_000_000L + ThreadLocalRandom.current().nextLong(900_000_000L));
            String ledger = openAccount("ASSET", "EUR", Map.of());
            String other = openAccount("LIABILITY", "EUR", Map.of());
            Api.Response mapped = api.post("/api/v1/bank-account-mappings", Map.of("bankAccount", iban, "currency",
                    "EUR", "ledgerAccountId", ledger, "suspenseAccountId", openAccount("LIABILITY", "EUR", Map.of()),
                    "differenceAccountId", openAccount("EXPENSE", "EUR", Map.of())));
            assertThat(mapped.status()).as(mapped.raw()).isEqualTo(200);
            receipt(ledger, other, DAY);
            String right = receipt(ledger, other, "2026-11-25");
            awaitProcessorCaughtUp("reconciliation-ledger-items");
            Api.Response uploaded = api.postBytes("/api/v1/statements",
                    Camt.endOfDay(iban, newId("st"), DAY).line(800, null, null, "x").bytes(), Map.of());
            assertThat(uploaded.status()).as(uploaded.raw()).isIn(200, 202);
            String key = uploaded.body().get("statements").get(0).get("statementKey").asString();
            awaitLine(key, line -> "MATCHED".equals(line.get("status").asString()));
            return new Statement(key, ledger, right);
        }

        private String receipt(String ledger, String other, String date) {
            String id = newId("je");
            Api.Response posted = api.post("/api/v1/journal-entries", Map.of("id", id, "effectiveDate", date,
                    "description", "receipt", "postings", List.of(line(ledger, "DEBIT", "8.00"),
                            line(other, "CREDIT", "8.00"))));
            assertThat(posted.status()).as(posted.raw()).isEqualTo(201);
            return id;
        }

        /** The statement's first line, once the condition holds (read through the API). */
        private JsonNode awaitLine(String key, Predicate<JsonNode> condition) {
            JsonNode[] line = new JsonNode[1];
            Awaitility.await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(100)).until(() -> {
                Api.Response page = api.get("/api/v1/reconciliation/statements/" + key + "/lines?after=0&pageSize=1");
                JsonNode lines = page.status() == 200 ? page.body().get("items") : null;
                line[0] = lines == null || lines.isEmpty() ? null : lines.get(0);
                return line[0] != null && condition.test(line[0]);
            });
            return line[0];
        }
    }

    private record Statement(String key, String ledger, String right) {
    }

    /**
     * Issue 17's reconciliation worklist beyond a line's match: the statement upload (same intake, limits
     * and refusals as the API), the import followed live to the proof, a line's suggested postings, a split
     * with a difference, and the attacks (forged posts, hostile and oversized files, parts past the open amount).
     */
    @Nested
    class StatementsUploadedAndSplit {
        @Test
        void an_accountant_uploads_a_camt_053_and_its_page_follows_the_import_to_the_proof() {
            MappedBank bank = bank();
            ConsoleSession accountant = signedIn("accountant");
            assertThat(accountant.get("/console/reconciliation").body()).contains("data-test=\"upload-link\"");
            assertThat(accountant.get("/console/reconciliation/upload").body()).contains("data-test=\"dropzone\"",
                    "type=\"file\"", "_csrf=");

            ConsoleSession.Page uploaded = accountant.postFile("/console/reconciliation/statements", "day.xml",
                    bank.statement(DAY).line(1200, null, null, "first").line(-300, null, null, "second").bytes());
            assertThat(uploaded.status()).as(uploaded.body()).isEqualTo(302);
            String page = uploaded.location().substring(uploaded.location().indexOf("/console/"));
            String key = page.substring(page.lastIndexOf('/') + 1);
            Awaitility.await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200)).until(() ->
                    "true".equals(accountant.getAsHtmx(page + "/progress").header("HX-Refresh")));
            String settled = accountant.get(page).body();
            assertThat(settled).contains("COMPLETE", "2 / 2", "data-test=\"proof-bank\"", "9.00", "data-test=\"line-2\"")
                    .doesNotContain("hx-trigger=\"every 1s\"");
            assertThat(api.get("/api/v1/reconciliation/statements/" + key).body().get("import").get("channel").asString())
                    .isEqualTo("console");
            assertThat(accountant.get("/console/reconciliation").body()).contains(key);
        }

        @Test
        void an_open_line_shows_the_postings_the_rules_suggest_with_rule_and_score() {
            MappedBank bank = bank();
            String first = bank.receipt("7.00", DAY);
            String second = bank.receipt("7.00", DAY); // a tie the engine leaves to a person
            String key = upload(bank, bank.statement(DAY).line(700, null, null, "tie"));
            ConsoleSession accountant = signedIn("accountant");
            String body = accountant.get("/console/reconciliation/statements/" + key + "/lines/1").body();
            assertThat(body).contains("data-test=\"suggestions\"", first, second, "amount-date", ">90<",
                    "data-test=\"split-line\"");
        }

        @Test
        void an_accountant_splits_a_line_over_two_postings_and_the_rest_goes_to_the_difference_account() {
            MappedBank bank = bank();
            String whole = bank.receipt("4.00", DAY);
            String part = bank.receipt("9.00", DAY);
            String key = upload(bank, bank.statement(DAY).line(1000, null, null, "split"));
            String username = newId("it-console-split").substring(0, 40);
            ConsoleSession accountant = signedIn("accountant", username);
            String page = "/console/reconciliation/statements/" + key + "/lines/1";
            accountant.get(page);
            ConsoleSession.Page posted = accountant.post(page + "/match", form("entryId", whole, "postingIndex", "",
                    "amount", "", "entryId", part, "postingIndex", "", "amount", "5.50", "reason", "two invoices, fee"));
            assertThat(posted.location()).endsWith(page);
            JsonNode line = bank.awaitLine(key, 1, l -> "MATCHED".equals(l.get("status").asString()));
            assertThat(line.get("rule").asString()).isEqualTo("manual");
            assertThat(line.get("items")).hasSize(2);
            assertThat(line.get("items").get(1).get("signedMinor").asLong()).isEqualTo(550);
            assertThat(line.get("differenceEntryId").isNull()).isFalse();
            assertThat(line.get("decidedBy").asString()).isEqualTo(username);
            assertThat(accountant.get(page).body()).contains("data-test=\"difference-entry\"", "5.50",
                    "data-test=\"unmatch-line\"");
        }

        @Test
        void a_split_whose_part_exceeds_the_open_amount_is_refused_with_its_code() {
            MappedBank bank = bank();
            String posting = bank.receipt("5.00", DAY);
            String key = upload(bank, bank.statement(DAY).line(800, null, null, "over"));
            ConsoleSession accountant = signedIn("accountant");
            String page = "/console/reconciliation/statements/" + key + "/lines/1";
            accountant.get(page);
            accountant.post(page + "/match", form("entryId", posting, "postingIndex", "0", "amount", "6.00",
                    "reason", "too much"));
            assertThat(accountant.get(page).body()).contains("data-test=\"refusal\"", "exceedsOpenAmount",
                    "items[0].amount");
        }

        @Test
        void an_auditor_sees_no_upload_and_a_forged_upload_or_split_is_refused() {
            MappedBank bank = bank();
            String key = upload(bank, bank.statement(DAY).line(100, null, null, "audit"));
            ConsoleSession auditor = signedIn("auditor");
            assertThat(auditor.get("/console/reconciliation").body()).doesNotContain("data-test=\"upload-link\"");
            assertThat(auditor.get("/console/reconciliation/upload").status()).isEqualTo(403);
            String page = "/console/reconciliation/statements/" + key + "/lines/1";
            assertThat(auditor.get(page).body()).doesNotContain("data-test=\"split-line\"",
                    "data-test=\"match-suggestion\"");
            ConsoleSession.Page forgedUpload = auditor.postFile("/console/reconciliation/statements", "x.xml",
                    bank.statement(DAY).line(100, null, null, "forged").bytes());
            assertThat(forgedUpload.status()).isEqualTo(403);
            assertThat(auditor.post(page + "/match", form("entryId", newId("je"), "reason", "forged")).status())
                    .isEqualTo(403);
            assertThat(auditor.post(page + "/unmatch", form("reason", "forged")).status()).isEqualTo(403);
        }

        @Test
        void a_file_that_is_no_statement_or_a_hostile_one_is_refused_with_its_code() {
            ConsoleSession accountant = signedIn("accountant");
            accountant.get("/console/reconciliation/upload");
            ConsoleSession.Page text = accountant.postFile("/console/reconciliation/statements", "notes.txt",
                    "just some notes\u0000".getBytes(StandardCharsets.UTF_8));
            assertThat(text.status()).isEqualTo(422);
            assertThat(text.body()).contains("data-test=\"refusal\"", "noStatementFound", "data-test=\"dropzone\"");
            String entity = "<?xml version=\"1.0\"?><!DOCTYPE Document [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
                    + "<Document xmlns=\"urn:iso:std:iso:20022:tech:xsd:camt.053.001.08\">&x;</Document>";
            accountant.get("/console/reconciliation/upload");
            ConsoleSession.Page hostile = accountant.postFile("/console/reconciliation/statements", "evil.xml",
                    entity.getBytes(StandardCharsets.UTF_8));
            assertThat(hostile.status()).isEqualTo(422);
            assertThat(hostile.body()).contains("noStatementFound").doesNotContain("root:");
            accountant.get("/console/reconciliation/upload");
            ConsoleSession.Page empty = accountant.postFile("/console/reconciliation/statements", "empty.xml", new byte[0]);
            assertThat(empty.body()).contains("noStatementFound");
        }

        @Test
        void an_upload_declared_above_the_api_s_50_MiB_is_refused_413_before_it_is_read() throws IOException {
            try (Socket socket = new Socket("127.0.0.1", port)) {
                socket.setSoTimeout(30_000);
                OutputStream out = socket.getOutputStream();
                out.write(("POST /console/reconciliation/statements HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                        + "Content-Type: multipart/form-data; boundary=b\r\nContent-Length: " + (50L * 1024 * 1024 + 1)
                        + "\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
                out.write(new byte[64 * 1024]);
                out.flush();
                // the answer comes at once, while the connection may stay open: read until the refusal's code
                StringBuilder answer = new StringBuilder();
                byte[] buffer = new byte[4096];
                for (int read = 0; read >= 0 && answer.indexOf("bodyTooLarge") < 0 && answer.length() < 16_384; ) {
                    read = socket.getInputStream().read(buffer);
                    answer.append(new String(buffer, 0, Math.max(read, 0), StandardCharsets.ISO_8859_1));
                }
                assertThat(answer.toString()).startsWith("HTTP/1.1 413").contains("bodyTooLarge");
            }
        }

        private MappedBank bank() {
            return MappedBank.of(api, type -> openAccount(type, "EUR", Map.of()));
        }

        private String upload(MappedBank bank, Camt camt) {
            awaitProcessorCaughtUp("reconciliation-ledger-items");
            return bank.upload(camt, 1);
        }
    }

    /** Form fields in order, names repeated for the rows of a table form. */
    private static List<Map.Entry<String, String>> form(String... namesAndValues) {
        List<Map.Entry<String, String>> fields = new ArrayList<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            fields.add(Map.entry(namesAndValues[i], namesAndValues[i + 1]));
        }
        return fields;
    }

    @Nested
    class TheApiChain {
        @Test
        void bearer_tokens_still_work_and_the_console_cookie_opens_nothing_under_api() {
            String account = openAccount("ASSET", "EUR", Map.of());
            assertThat(api.as("auditor").get("/api/v1/accounts/" + account).status()).isIn(200, 404);
            ConsoleSession admin = signedIn("admin");
            String cookie = admin.sessionCookie().orElseThrow().toString();
            Api.Response withCookie = api.anonymous().withHeader("Cookie", cookie).get("/api/v1/accounts/" + account);
            assertThat(withCookie.status()).isEqualTo(401);
            assertThat(withCookie.header("Set-Cookie")).isNull();
        }
    }
}
