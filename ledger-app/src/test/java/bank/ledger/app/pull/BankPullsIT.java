package bank.ledger.app.pull;

import static org.assertj.core.api.Assertions.assertThat;

import bank.ledger.app.support.Api;
import bank.ledger.app.support.LedgerIntegrationTest;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Predicate;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/**
 * Bank pulls against real servers started here: an SFTP server (Apache MINA SSHD) holding a camt.053 and
 * an MT940 from the parsers' test corpus, and an HTTPS account-information sandbox with a self-signed
 * certificate the connection trusts explicitly. Statements land through the one pipeline, once.
 */
class BankPullsIT extends LedgerIntegrationTest {
    private static final Path CORPUS = Path.of("..", "bank-connectors", "src", "test", "resources", "corpus");
    private static SftpBank sftp;
    private static PsdSandbox sandbox;
    @Autowired
    JdbcTemplate jdbc;
    private final List<String> created = new java.util.ArrayList<>();

    @BeforeAll
    static void startBanks() throws Exception {
        sftp = SftpBank.start();
        sandbox = PsdSandbox.start();
    }

    /** A database shared between runs (external profile) keeps no connection pulling from a server that is gone. */
    @AfterEach
    void disableConnections() {
        created.forEach(id -> api.post("/api/v1/bank-connections/" + id + "/disable", (String) null));
    }

    @AfterAll
    static void stopBanks() throws IOException {
        sftp.close();
        sandbox.close();
    }

    @Nested
    class Sftp {
        @Test
        void a_connection_pulls_the_camt_and_the_mt940_on_schedule_and_a_later_pull_imports_nothing_new() throws IOException {
            String iban = newIban();
            String mtAccount = "37040044/" + (1_000_000_000L + ThreadLocalRandom.current().nextLong(8_000_000_000L));
            String camtLedger = mapped(iban);
            String mtLedger = mapped(mtAccount);
            String folder = newId("in");
            Path remote = sftp.folder(folder);
            Files.writeString(remote.resolve("camt053.xml"), corpus("camt/abnamro-nl_camt053-v02-sepa-credits-and-debits.xml")
                    .replace("NL91ABNA0417164300", iban));
            Files.writeString(remote.resolve("mt940.sta"), corpus("mt/deutsche-bank_structured-86-gvc.sta")
                    .replace("37040044/0532013000", mtAccount));
            sftp.folder(folder + "/done");

            String id = create(sftpConnection(folder, "/" + folder + "/done", sftp.fingerprint(), "every PT2S"));

            JsonNode first = awaitConnection(id, c -> "SUCCEEDED".equals(text(c, "lastOutcome")));
            assertThat(first.get("lastImported").asInt()).isEqualTo(2);
            assertThat(statementKeys(camtLedger)).hasSize(1);
            assertThat(statementKeys(mtLedger)).hasSize(1);
            assertThat(remote.resolve("done").resolve("camt053.xml")).exists();
            assertThat(remote.resolve("camt053.xml")).doesNotExist();

            // the bank puts the same statement back under another name: pulled, recorded once
            Files.copy(remote.resolve("done").resolve("camt053.xml"), remote.resolve("camt053-again.xml"));
            Instant firstRun = Instant.parse(text(first, "lastRunAt"));
            JsonNode later = awaitConnection(id, c -> Instant.parse(text(c, "lastRunAt")).isAfter(firstRun)
                    && "SUCCEEDED".equals(text(c, "lastOutcome")) && !Files.exists(remote.resolve("camt053-again.xml")));
            assertThat(later.get("lastImported").asInt()).isZero();
            assertThat(statementKeys(camtLedger)).hasSize(1);
            assertThat(Instant.parse(text(later, "nextRunAt"))).isAfter(Instant.parse(text(later, "lastRunAt")));
        }

        @Test
        void a_connection_authenticating_with_a_private_key_pulls_too() throws IOException {
            String iban = newIban();
            String ledger = mapped(iban);
            String folder = newId("in");
            Files.writeString(sftp.folder(folder).resolve("camt053.xml"),
                    corpus("camt/abnamro-nl_camt053-v02-sepa-credits-and-debits.xml").replace("NL91ABNA0417164300", iban));
            Map<String, Object> body = sftpConnection(folder, null, sftp.fingerprint(), "every PT1H");
            body.put("credentials", Map.of("privateKey", SftpBank.clientKeyPem()));

            String id = create(body);

            JsonNode pulled = awaitConnection(id, c -> c.get("lastOutcome") != null && !c.get("lastOutcome").isNull());
            assertThat(text(pulled, "lastOutcome")).as(text(pulled, "lastError")).isEqualTo("SUCCEEDED");
            assertThat(pulled.get("credentialsSet").get(0).asString()).isEqualTo("privateKey");
            assertThat(statementKeys(ledger)).hasSize(1);
        }

        @Test
        void a_server_presenting_another_host_key_is_refused_before_anything_is_fetched() throws IOException {
            String folder = newId("in");
            Path remote = sftp.folder(folder);
            Files.writeString(remote.resolve("camt053.xml"), corpus("camt/abnamro-nl_camt053-v02-sepa-credits-and-debits.xml"));
            String otherKey = "SHA256:" + java.util.Base64.getEncoder().withoutPadding().encodeToString(new byte[32]);

            String id = create(sftpConnection(folder, "/" + folder + "/done", otherKey, "every PT1H"));

            JsonNode failed = awaitConnection(id, c -> "FAILED".equals(text(c, "lastOutcome")));
            assertThat(failed.get("consecutiveFailures").asInt()).isGreaterThanOrEqualTo(1);
            assertThat(text(failed, "lastError")).contains("sftp 127.0.0.1:" + sftp.port());
            assertThat(jdbc.queryForObject("select count(*) from bank_pull_file where connection_id = ?", Integer.class, id)).isZero();
            assertThat(remote.resolve("camt053.xml")).exists();
        }

        @Test
        void a_server_that_is_down_is_recorded_as_failed_and_tried_again_with_a_growing_back_off() throws IOException {
            int closedPort;
            try (ServerSocket socket = new ServerSocket(0)) {
                closedPort = socket.getLocalPort();
            }
            Map<String, Object> body = sftpConnection("in", null, sftp.fingerprint(), "every PT1H");
            body.put("port", closedPort);

            String id = create(body);

            JsonNode second = awaitConnection(id, c -> c.get("consecutiveFailures").asInt() >= 2);
            assertThat(text(second, "lastOutcome")).isEqualTo("FAILED");
            assertThat(text(second, "lastSuccessAt")).isNull();
            // 2 s after the first failure, 4 s after the second (backoff-base-ms 2000 in the tests), never the hour
            Duration backoff = Duration.between(Instant.parse(text(second, "lastRunAt")), Instant.parse(text(second, "nextRunAt")));
            assertThat(backoff).isBetween(Duration.ofSeconds(4), Duration.ofSeconds(30));
            Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> {
                String metrics = api.get("/actuator/prometheus").raw(); // a boolean, so a time-out does not print them all
                return metrics.contains("connection=\"" + id + "\",kind=\"sftp\",outcome=\"failed\"}")
                        && metrics.lines().anyMatch(line -> line.startsWith("ledger_bank_pull_consecutive_failures{")
                        && line.contains("connection=\"" + id + "\"") && !line.endsWith(" 0.0"));
            });
        }

        @Test
        void the_credentials_are_never_answered_nor_stored_in_clear() {
            String id = create(sftpConnection("in", null, sftp.fingerprint(), "every PT1H"));

            Api.Response one = api.get("/api/v1/bank-connections/" + id);
            Api.Response list = api.get("/api/v1/bank-connections?pageSize=200");

            assertThat(one.status()).isEqualTo(200);
            assertThat(one.body().get("credentialsSet").get(0).asString()).isEqualTo("password");
            assertThat(one.raw()).doesNotContain(SftpBank.PASSWORD);
            assertThat(list.raw()).doesNotContain(SftpBank.PASSWORD);
            byte[] stored = jdbc.queryForObject("select credentials from bank_connection where id = ?", byte[].class, id);
            assertThat(new String(stored, StandardCharsets.ISO_8859_1)).doesNotContain(SftpBank.PASSWORD);
        }

        @Test
        void disabling_stops_the_pulls_and_pull_now_is_refused_for_an_unknown_connection() {
            String id = create(sftpConnection("in", null, sftp.fingerprint(), "every PT1H"));

            Api.Response disabled = api.post("/api/v1/bank-connections/" + id + "/disable", (String) null);

            assertThat(disabled.status()).as(disabled.raw()).isEqualTo(200);
            assertThat(disabled.body().get("enabled").asBoolean()).isFalse();
            assertProblem(api.post("/api/v1/bank-connections/" + newId("none") + "/pull", (String) null), 404, "bankConnectionNotFound", "id");
        }
    }

    @Nested
    class Validation {
        @Test
        void an_api_connection_over_plain_http_is_refused() {
            Map<String, Object> body = apiConnection(newId("acc"), "camt", "every PT1H");
            body.put("url", "http://localhost:1");

            assertProblem(api.post("/api/v1/bank-connections", body), 400, "urlNotHttps", "url");
        }

        @Test
        void an_sftp_connection_without_a_pinned_host_key_is_refused() {
            Map<String, Object> body = sftpConnection("in", null, sftp.fingerprint(), "every PT1H");
            body.remove("hostKeyFingerprint");

            assertProblem(api.post("/api/v1/bank-connections", body), 400, "hostKeyRequired", "hostKeyFingerprint");
        }

        @Test
        void an_account_id_that_would_leave_its_url_segment_is_refused() {
            assertProblem(api.post("/api/v1/bank-connections", apiConnection("..%2Fadmin", "camt", "every PT1H")), 400,
                    "invalidField", "accountId");
        }

        @Test
        void a_remote_path_stepping_out_of_its_folder_is_refused() {
            assertProblem(api.post("/api/v1/bank-connections", sftpConnection("in/../../etc", null, sftp.fingerprint(),
                    "every PT1H")), 400, "invalidField", "path");
        }

        @Test
        void a_schedule_more_frequent_than_the_minimum_is_refused() {
            assertProblem(api.post("/api/v1/bank-connections", sftpConnection("in", null, sftp.fingerprint(), "every PT0.5S")),
                    400, "scheduleInvalid", "schedule");
        }

        @Test
        void credentials_of_the_other_kind_are_refused() {
            Map<String, Object> body = sftpConnection("in", null, sftp.fingerprint(), "every PT1H");
            body.put("credentials", Map.of("bearerToken", "x"));

            assertProblem(api.post("/api/v1/bank-connections", body), 400, "credentialsInvalid", "credentials");
        }

        @Test
        void the_same_id_twice_is_a_conflict() {
            Map<String, Object> body = sftpConnection("in", null, sftp.fingerprint(), "every PT1H");
            create(body);

            assertProblem(api.post("/api/v1/bank-connections", body), 409, "bankConnectionExists", "id");
        }

        @Test
        void an_auditor_may_not_read_connections() {
            assertThat(api.as("auditor").get("/api/v1/bank-connections").status()).isEqualTo(403);
        }
    }

    @Nested
    class AccountInformationApi {
        @Test
        void a_camt_statement_is_pulled_with_the_token_and_a_later_pull_imports_nothing_new() {
            String iban = newIban();
            String ledger = mapped(iban);
            String account = newId("acc");
            sandbox.put(account, "application/xml", corpus("camt/abnamro-nl_camt053-v02-sepa-credits-and-debits.xml")
                    .replace("NL91ABNA0417164300", iban).getBytes(StandardCharsets.UTF_8));

            String id = create(apiConnection(account, "camt", "every PT2S"));

            JsonNode first = awaitConnection(id, c -> "SUCCEEDED".equals(text(c, "lastOutcome")));
            assertThat(first.get("lastImported").asInt()).isEqualTo(1);
            PsdSandbox.Seen request = sandbox.requestsFor(account).get(0);
            assertThat(request.authorization()).isEqualTo("Bearer " + PsdSandbox.TOKEN);
            assertThat(request.consentId()).isEqualTo("consent-1");
            assertThat(request.accept()).isEqualTo("application/xml");
            assertThat(request.query()).contains("bookingStatus=booked").contains("dateFrom=");
            Instant firstRun = Instant.parse(text(first, "lastRunAt"));
            JsonNode later = awaitConnection(id, c -> Instant.parse(text(c, "lastRunAt")).isAfter(firstRun));
            assertThat(text(later, "lastOutcome")).isEqualTo("SUCCEEDED");
            assertThat(later.get("lastImported").asInt()).isZero();
            assertThat(statementKeys(ledger)).hasSize(1);
        }

        @Test
        void a_json_transactions_report_is_recorded_as_one_statement_per_booking_day_once() {
            String iban = newIban();
            String ledger = mapped(iban);
            String account = newId("acc");
            LocalDate day = LocalDate.now(ZoneOffset.UTC).minusDays(2);
            sandbox.put(account, "application/json", ("{\"account\":{\"iban\":\"" + iban + "\"},\"transactions\":{\"booked\":["
                    + booked("t1", "125.00", day) + "," + booked("t2", "-12.50", day) + "," + booked("t3", "7.00", day.minusDays(1))
                    + "," + booked("t-today", "9.99", day.plusDays(2)) + "]}}").getBytes(StandardCharsets.UTF_8));

            String id = create(apiConnection(account, "json", "every PT2S"));

            JsonNode first = awaitConnection(id, c -> "SUCCEEDED".equals(text(c, "lastOutcome")));
            assertThat(first.get("lastImported").asInt()).isEqualTo(2);
            assertThat(sandbox.requestsFor(account).get(0).accept()).isEqualTo("application/json");
            Instant firstRun = Instant.parse(text(first, "lastRunAt"));
            JsonNode later = awaitConnection(id, c -> Instant.parse(text(c, "lastRunAt")).isAfter(firstRun));
            assertThat(later.get("lastImported").asInt()).isZero();
            assertThat(statementKeys(ledger)).hasSize(2);
            JsonNode open = awaitOpenItems(ledger, items -> items.findValuesAsString("amount").size() >= 3);
            assertThat(open.get("items").findValuesAsString("amount")).doesNotContain("9.99");
        }

        @Test
        void a_401_from_the_bank_is_recorded_as_a_failure() {
            String account = newId("acc");
            sandbox.put(account, "application/xml", "<Document/>".getBytes());
            Map<String, Object> body = apiConnection(account, "camt", "every PT1H");
            body.put("credentials", Map.of("bearerToken", "wrong-token"));

            String id = create(body);

            JsonNode failed = awaitConnection(id, c -> "FAILED".equals(text(c, "lastOutcome")));
            assertThat(text(failed, "lastError")).contains("HTTP 401").doesNotContain("wrong-token");
        }

        @Test
        void a_response_larger_than_the_limit_is_cut_and_recorded_as_a_failure() {
            String account = newId("acc");
            sandbox.put(account, "application/xml", new byte[3 * 1024 * 1024]);

            String id = create(apiConnection(account, "camt", "every PT1H"));

            JsonNode failed = awaitConnection(id, c -> "FAILED".equals(text(c, "lastOutcome")));
            assertThat(text(failed, "lastError")).contains("larger than ledger.bank-pulls.file-bytes-max");
        }

        @Test
        void a_server_whose_certificate_the_connection_does_not_trust_is_refused() {
            String account = newId("acc");
            sandbox.put(account, "application/xml", "<Document/>".getBytes());
            Map<String, Object> body = apiConnection(account, "camt", "every PT1H");
            body.remove("caCertificate"); // the JDK's CAs: the sandbox's self-signed certificate is not among them

            String id = create(body);

            JsonNode failed = awaitConnection(id, c -> "FAILED".equals(text(c, "lastOutcome")));
            assertThat(text(failed, "lastError")).contains("SSL");
            assertThat(sandbox.requestsFor(account)).isEmpty();
        }
    }

    private Map<String, Object> sftpConnection(String folder, String processed, String fingerprint, String schedule) {
        Map<String, Object> body = new HashMap<>(Map.of("id", newId("sftp"), "kind", "sftp", "host", "127.0.0.1",
                "port", sftp.port(), "username", SftpBank.USER, "path", "/" + folder, "hostKeyFingerprint", fingerprint,
                "schedule", schedule, "credentials", Map.of("password", SftpBank.PASSWORD)));
        if (processed != null) {
            body.put("processedPath", processed);
        }
        return body;
    }

    private Map<String, Object> apiConnection(String account, String format, String schedule) {
        return new HashMap<>(Map.of("id", newId("api"), "kind", "api", "url", sandbox.url(), "accountId", account,
                "format", format, "schedule", schedule, "caCertificate", sandbox.certificatePem(),
                "credentials", Map.of("bearerToken", PsdSandbox.TOKEN, "consentId", "consent-1")));
    }

    private String create(Map<String, Object> body) {
        Api.Response answer = api.post("/api/v1/bank-connections", body);
        assertThat(answer.status()).as(answer.raw()).isEqualTo(201);
        created.add(answer.text("id"));
        return answer.text("id");
    }

    private JsonNode awaitConnection(String id, Predicate<JsonNode> condition) {
        JsonNode[] last = new JsonNode[1];
        Awaitility.await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200)).until(() -> {
            Api.Response response = api.get("/api/v1/bank-connections/" + id);
            last[0] = response.body();
            return response.status() == 200 && condition.test(last[0]);
        });
        return last[0];
    }

    /** The statements whose lines are open on the ledger account, awaited until at least one is there. */
    private Set<String> statementKeys(String ledger) {
        return new HashSet<>(awaitOpenItems(ledger, items -> !items.isEmpty()).get("items").findValuesAsString("statementKey"));
    }

    private JsonNode awaitOpenItems(String ledger, Predicate<JsonNode> condition) {
        JsonNode[] last = new JsonNode[1];
        Awaitility.await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200)).until(() -> {
            Api.Response response = api.get("/api/v1/reconciliation/open-items?ledgerAccountId=" + ledger + "&pageSize=200");
            last[0] = response.body();
            return response.status() == 200 && condition.test(last[0].get("items"));
        });
        return last[0];
    }

    private String mapped(String bankAccount) {
        String ledger = openAccount("ASSET", "EUR", Map.of());
        Api.Response mapped = api.post("/api/v1/bank-account-mappings", Map.of("bankAccount", bankAccount, "currency", "EUR",
                "ledgerAccountId", ledger, "suspenseAccountId", openAccount("LIABILITY", "EUR", Map.of())));
        assertThat(mapped.status()).as(mapped.raw()).isEqualTo(200);
        return ledger;
    }

    private static String booked(String id, String amount, LocalDate day) {
        return "{\"transactionId\":\"" + id + "\",\"bookingDate\":\"" + day + "\",\"valueDate\":\"" + day
                + "\",\"transactionAmount\":{\"amount\":\"" + amount + "\",\"currency\":\"EUR\"},"
                + "\"remittanceInformationUnstructured\":\"payment " + id + "\"}";
    }

    private static String newIban() {
        return "NL" + (10 + ThreadLocalRandom.current().nextInt(89)) + "ABNA" + (1_000_000_000L + ThreadLocalRandom.current().nextLong(8_000_000_000L));
    }

    private static String corpus(String name) {
        try {
            return Files.readString(CORPUS.resolve(name), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asString();
    }
}
