package bank.ledger.app.reconciliation;

import static org.assertj.core.api.Assertions.assertThat;

import bank.ledger.app.support.Api;
import bank.ledger.app.support.LedgerIntegrationTest;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Predicate;
import org.awaitility.Awaitility;
import tools.jackson.databind.JsonNode;

/** Helpers for the statement tests: a fresh bank account mapped to fresh ledger accounts per test. */
abstract class ReconciliationTest extends LedgerIntegrationTest {
    static final String DAY = "2026-11-20";

    /** A bank account (IBAN) mirrored by a ledger asset account, with suspense, fee and counter accounts. */
    record Bank(String iban, String ledger, String suspense, String fees, String other) {
    }

    Bank newBank() {
        String iban = "DE" + (10_000_000_000L + ThreadLocalRandom.current().nextLong(90_000_000_000L))
                + (100_000_000L + ThreadLocalRandom.current().nextLong(900_000_000L));
        Bank bank = new Bank(iban, openAccount("ASSET", "EUR", Map.of()), openAccount("LIABILITY", "EUR", Map.of()),
                openAccount("EXPENSE", "EUR", Map.of()), openAccount("LIABILITY", "EUR", Map.of()));
        Api.Response mapped = api.post("/api/v1/bank-account-mappings", Map.of("bankAccount", iban, "currency", "EUR",
                "ledgerAccountId", bank.ledger(), "suspenseAccountId", bank.suspense(), "differenceAccountId", bank.fees()));
        assertThat(mapped.status()).as(mapped.raw()).isEqualTo(200);
        return bank;
    }

    /** Money in on the bank account (ledger debit), with optional end-to-end id metadata. */
    String postReceipt(Bank bank, String amount, String date, String endToEndId) {
        return postReceipt(bank, amount, date, endToEndId, "receipt");
    }

    String postReceipt(Bank bank, String amount, String date, String endToEndId, String description) {
        String id = newId("je");
        Map<String, Object> body = new HashMap<>(Map.of("id", id, "effectiveDate", date, "description", description,
                "postings", List.of(line(bank.ledger(), "DEBIT", amount), line(bank.other(), "CREDIT", amount))));
        if (endToEndId != null) {
            body.put("metadata", Map.of("endToEndId", endToEndId));
        }
        Api.Response posted = api.post("/api/v1/journal-entries", body);
        assertThat(posted.status()).as(posted.raw()).isEqualTo(201);
        return id;
    }

    Api.Response upload(byte[] file) {
        return api.postBytes("/api/v1/statements", file, Map.of());
    }

    /** Uploads a file holding one statement and waits until all its lines are recorded; answers its key. */
    String uploadAndAwait(byte[] file) {
        Api.Response response = upload(file);
        assertThat(response.status()).as(response.raw()).isIn(200, 202);
        String key = response.body().get("statements").get(0).get("statementKey").asString();
        awaitStatement(key, s -> s.has("import") && "COMPLETE".equals(s.get("import").get("status").asString()));
        return key;
    }

    JsonNode awaitStatement(String key, Predicate<JsonNode> condition) {
        return awaitGet("/api/v1/reconciliation/statements/" + key, condition);
    }

    JsonNode awaitLine(String key, int lineNo, Predicate<JsonNode> condition) {
        JsonNode[] line = new JsonNode[1];
        awaitGet("/api/v1/reconciliation/statements/" + key + "/lines?after=" + (lineNo - 1) + "&pageSize=1", page -> {
            JsonNode lines = page.get("items");
            line[0] = lines.isEmpty() ? null : lines.get(0);
            return line[0] != null && condition.test(line[0]);
        });
        return line[0];
    }

    JsonNode awaitGet(String path, Predicate<JsonNode> condition) {
        JsonNode[] last = new JsonNode[1];
        Awaitility.await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(100)).until(() -> {
            Api.Response response = api.get(path);
            last[0] = response.body();
            return response.status() == 200 && condition.test(response.body());
        });
        return last[0];
    }

    /** The path of an action (match, unmatch) on one line of a statement. */
    static String path(String key, int lineNo, String action) {
        return "/api/v1/reconciliation/statements/" + key + "/lines/" + lineNo + "/" + action;
    }

    /** The rules read the ledger-item projection: wait until it has processed every event stored so far. */
    void awaitLedgerItemsCaughtUp() {
        awaitProcessorCaughtUp("reconciliation-ledger-items");
    }

    static Predicate<JsonNode> status(String status) {
        return line -> status.equals(line.get("status").asString());
    }
}
