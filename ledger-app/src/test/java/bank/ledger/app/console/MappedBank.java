package bank.ledger.app.console;

import static org.assertj.core.api.Assertions.assertThat;

import bank.ledger.app.reconciliation.Camt;
import bank.ledger.app.support.Api;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Function;
import java.util.function.Predicate;
import org.awaitility.Awaitility;
import tools.jackson.databind.JsonNode;

/**
 * A bank account of its own for a reconciliation test, mapped (through the API, as an administrator) to
 * a fresh EUR ledger account with suspense and difference accounts; receipts posted on it, and its
 * statements' lines read back through the API once a condition holds.
 */
record MappedBank(Api api, String iban, String ledger, String other) {

    /** {@code openEur}: opens an EUR account of the type and answers its id. */
    static MappedBank of(Api api, Function<String, String> openEur) {
        String iban = "DE" + (10_000_000_000L + ThreadLocalRandom.current().nextLong(90_000_000_000L))
                + (100_000_000L + ThreadLocalRandom.current().nextLong(900_000_000L));
        String ledger = openEur.apply("ASSET");
        Api.Response mapped = api.post("/api/v1/bank-account-mappings", Map.of("bankAccount", iban, "currency", "EUR",
                "ledgerAccountId", ledger, "suspenseAccountId", openEur.apply("LIABILITY"),
                "differenceAccountId", openEur.apply("EXPENSE")));
        assertThat(mapped.status()).as(mapped.raw()).isEqualTo(200);
        return new MappedBank(api, iban, ledger, openEur.apply("LIABILITY"));
    }

    Camt statement(String day) {
        return Camt.endOfDay(iban, "st-" + UUID.randomUUID(), day);
    }

    /** Money received on the bank account: its journal entry's id. */
    String receipt(String amount, String date) {
        String id = "je-" + UUID.randomUUID();
        Api.Response posted = api.post("/api/v1/journal-entries", Map.of("id", id, "effectiveDate", date,
                "description", "receipt", "postings", List.of(
                        Map.of("accountId", ledger, "side", "DEBIT", "amount", amount),
                        Map.of("accountId", other, "side", "CREDIT", "amount", amount))));
        assertThat(posted.status()).as(posted.raw()).isEqualTo(201);
        return id;
    }

    /** Uploaded through the API; answers the statement's key once its lines show. */
    String upload(Camt camt, int lines) {
        Api.Response uploaded = api.postBytes("/api/v1/statements", camt.bytes(), Map.of());
        assertThat(uploaded.status()).as(uploaded.raw()).isIn(200, 202);
        String key = uploaded.body().get("statements").get(0).get("statementKey").asString();
        awaitLine(key, lines, line -> true);
        return key;
    }

    /** Line {@code lineNo} of the statement once the condition holds on it (read through the API). */
    JsonNode awaitLine(String key, int lineNo, Predicate<JsonNode> condition) {
        JsonNode[] line = new JsonNode[1];
        Awaitility.await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(100)).until(() -> {
            Api.Response page = api.get("/api/v1/reconciliation/statements/" + key + "/lines?after=" + (lineNo - 1)
                    + "&pageSize=1");
            JsonNode lines = page.status() == 200 ? page.body().get("items") : null;
            line[0] = lines == null || lines.isEmpty() || lines.get(0).get("lineNo").asInt() != lineNo ? null : lines.get(0);
            return line[0] != null && condition.test(line[0]);
        });
        return line[0];
    }
}
