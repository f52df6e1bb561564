package bank.ledger.app.reconciliation;

import static org.assertj.core.api.Assertions.assertThat;

import bank.ledger.app.support.Api;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import tools.jackson.databind.JsonNode;

/** The webhook and the polled folder take the same pipeline as an upload, and a statement is recorded once. */
class StatementChannelsIT extends ReconciliationTest {
    private static final String WEBHOOK = "/api/v1/statements/webhook";
    @Value("${ledger.statements.webhook.secret}")
    String secret;
    @Value("${ledger.statements.poll.folder}")
    String inbox;

    @Nested
    class Webhook {
        @Test
        void a_signed_statement_is_recorded_and_matched_like_an_upload() {
            Bank bank = newBank();
            String entry = postReceipt(bank, "1.50", DAY, "WH-" + bank.iban());
            byte[] file = Camt.endOfDay(bank.iban(), newId("st"), DAY).line(150, "WH-" + bank.iban(), null, "x").bytes();

            Api.Response accepted = api.postBytes(WEBHOOK, file, signed(file, now()));

            assertThat(accepted.status()).as(accepted.raw()).isEqualTo(202);
            String key = accepted.body().get("statements").get(0).get("statementKey").asString();
            assertThat(awaitLine(key, 1, status("MATCHED")).get("items").get(0).get("entryId").asString()).isEqualTo(entry);
        }

        @Test
        void a_signed_statement_sent_with_curls_default_form_type_is_read_as_the_file() {
            Bank bank = newBank();
            byte[] file = Camt.endOfDay(bank.iban(), newId("st"), DAY).line(275, null, "WF", "form type").bytes();
            Map<String, String> headers = new java.util.HashMap<>(signed(file, now()));
            headers.put("Content-Type", "application/x-www-form-urlencoded");

            Api.Response accepted = api.postBytes(WEBHOOK, file, headers);

            assertThat(accepted.status()).as(accepted.raw()).isEqualTo(202);
            String key = accepted.body().get("statements").get(0).get("statementKey").asString();
            assertThat(awaitLine(key, 1, line -> true).get("amount").asString()).isEqualTo("2.75");
        }

        @Test
        void the_same_signed_request_sent_again_is_refused_as_a_replay() {
            Bank bank = newBank();
            byte[] file = Camt.endOfDay(bank.iban(), newId("st"), DAY).line(150, null, null, "x").bytes();
            Map<String, String> headers = signed(file, now());
            api.postBytes(WEBHOOK, file, headers);

            assertWebhookRefused(api.postBytes(WEBHOOK, file, headers), "replayedRequest");
        }

        @Test
        void a_statement_delivered_by_upload_and_again_by_webhook_is_recorded_once() {
            Bank bank = newBank();
            byte[] file = Camt.endOfDay(bank.iban(), newId("st"), DAY).line(150, null, null, "x").bytes();
            String key = uploadAndAwait(file);

            Api.Response again = api.postBytes(WEBHOOK, file, signed(file, now()));

            assertThat(again.status()).isEqualTo(200);
            assertThat(again.body().get("statements").get(0).get("statementKey").asString()).isEqualTo(key);
            assertThat(again.body().get("statements").get(0).get("duplicate").asBoolean()).isTrue();
        }

        @Test
        void a_body_changed_after_signing_is_refused() {
            byte[] file = "{1:F01}".getBytes();
            Map<String, String> headers = signed(file, now());

            assertWebhookRefused(api.postBytes(WEBHOOK, "{1:F02}".getBytes(), headers), "signatureInvalid");
        }

        @Test
        void a_timestamp_outside_five_minutes_is_refused_even_when_signed() {
            byte[] file = "anything".getBytes();

            assertWebhookRefused(api.postBytes(WEBHOOK, file, signed(file, now() - 301)), "signatureInvalid");
        }

        @Test
        void an_unsigned_request_is_refused() {
            assertWebhookRefused(api.postBytes(WEBHOOK, "anything".getBytes(), Map.of()), "signatureInvalid");
        }

        private Map<String, String> signed(byte[] body, long timestamp) {
            try {
                Mac mac = Mac.getInstance("HmacSHA256");
                mac.init(new SecretKeySpec(secret.getBytes(), "HmacSHA256"));
                mac.update((timestamp + ".").getBytes());
                return Map.of("X-Ledger-Timestamp", String.valueOf(timestamp),
                        "X-Ledger-Signature", HexFormat.of().formatHex(mac.doFinal(body)));
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }

        private static long now() {
            return Instant.now().getEpochSecond();
        }

        private void assertWebhookRefused(Api.Response response, String code) {
            assertThat(response.status()).as(response.raw()).isEqualTo(401);
            assertThat(response.contentType()).startsWith("application/problem+json");
            assertThat(response.text("code")).isEqualTo(code);
        }
    }

    @Nested
    class Folder {
        @Test
        void a_file_dropped_in_the_folder_is_recorded_and_moved_to_processed() throws IOException {
            Bank bank = newBank();
            String statementId = newId("st");
            Path folder = Files.createDirectories(Path.of(inbox));
            Path file = folder.resolve(statementId + ".xml");
            Files.write(folder.resolve(statementId + ".part"), Camt.endOfDay(bank.iban(), statementId, DAY)
                    .line(4_200, null, "F1", "from folder").bytes());
            Files.move(folder.resolve(statementId + ".part"), file);

            Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> Files.exists(folder.resolve("processed")
                    .resolve(file.getFileName())));
            awaitGet("/api/v1/reconciliation/open-items?ledgerAccountId=" + bank.ledger(),
                    page -> page.get("items").findValuesAsString("amount").contains("42.00"));
        }

        @Test
        void a_file_whose_balances_do_not_add_up_is_processed_and_recorded_unproven() throws IOException {
            Bank bank = newBank();
            Path folder = Files.createDirectories(Path.of(inbox));
            String name = newId("unproven");
            Path file = folder.resolve(name + ".xml");
            Files.write(folder.resolve(name + ".part"), Camt.endOfDay(bank.iban(), newId("st"), DAY)
                    .line(100, null, "U1", "x").closingOff(1).bytes());
            Files.move(folder.resolve(name + ".part"), file);

            Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> Files.exists(folder.resolve("processed")
                    .resolve(file.getFileName())));
            JsonNode account = awaitGet("/api/v1/reconciliation/open-items?ledgerAccountId=" + bank.ledger(),
                    page -> !page.get("items").isEmpty());
            String key = account.get("items").get(0).get("statementKey").asString();
            assertThat(awaitStatement(key, s -> s.has("proven")).get("bankDifference").asString()).isEqualTo("0.01");
        }

        @Test
        void a_file_that_is_no_statement_is_moved_to_failed_with_the_reason_beside_it() throws IOException {
            Path folder = Files.createDirectories(Path.of(inbox));
            Path file = folder.resolve(newId("broken") + ".xml");
            Files.writeString(file, "<Document><unclosed>");

            Path error = folder.resolve("failed").resolve(file.getFileName() + ".error.txt");
            Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> Files.exists(error));
            assertThat(Files.readString(error)).contains("line");
        }
    }
}
