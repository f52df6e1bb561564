package bank.ledger.app.stream;

import static org.assertj.core.api.Assertions.assertThat;

import bank.ledger.app.payments.PaymentFlow;
import bank.ledger.app.support.Api;
import bank.ledger.app.support.LedgerIntegrationTest;
import bank.ledger.stream.EventCatalogue;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.amqp.rabbit.connection.ConnectionFactory;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/** What is really published matches the JSON Schemas in docs/events, for every event type. */
class EventSchemaIT extends LedgerIntegrationTest {
    @Autowired
    ConnectionFactory connections;

    @Nested
    class TheCatalogue {
        @Test
        void documents_exactly_the_types_the_ledger_publishes() throws Exception {
            assertThat(EventSchemas.documentedTypes())
                    .containsExactlyInAnyOrderElementsOf(EventCatalogue.publishedTypes());
        }

        @Test
        void every_type_as_really_published_validates_against_its_schema() throws Exception {
            String cash = openAccount("ASSET", "EUR", Map.of());
            String wallet = openAccount("LIABILITY", "EUR", Map.of("metadata", Map.of("customer", "c-1")));
            String spare = openAccount("EXPENSE", "JPY", Map.of());
            List<String> patterns = new ArrayList<>(List.of("*." + cash, "*." + wallet, "*." + spare,
                    "JournalEntryReversed.-", "PendingJournalEntryVoided.-", "AccountOpened.*"));
            try (StreamQueue queue = StreamQueue.bound(connections, patterns)) {
                openAccount("EQUITY", "KWD", Map.of());
                everyKindOfEvent(cash, wallet, spare);
                everyPaymentEvent(cash, wallet);

                queue.awaitUnique(events -> events.stream().map(e -> e.get("type").asString())
                        .collect(Collectors.toSet()).containsAll(EventCatalogue.publishedTypes()));

                for (JsonNode envelope : queue.events()) {
                    assertThat(EventSchemas.errors(envelope.toString())).as(envelope.toString()).isEmpty();
                }
                String posted = queue.events("JournalEntryPosted").get(0).toString();
                assertThat(EventSchemas.errors(posted.replace("\"amount\":\"100.00\"", "\"amount\":100.0")))
                        .as("the check itself: an amount as a JSON number breaks the contract").isNotEmpty();
            }
        }
    }

    /** Freezes, unfreezes and closes an account; posts, holds, posts a hold, voids a hold, reverses an entry. */
    private void everyKindOfEvent(String cash, String wallet, String spare) {
        succeeds("/api/v1/accounts/" + spare + "/freeze", Map.of("reason", "audit"));
        succeeds("/api/v1/accounts/" + spare + "/unfreeze", (String) null);
        succeeds("/api/v1/accounts/" + spare + "/close", Map.of("reason", "never used"));
        String deposit = newId("je");
        succeeds("/api/v1/journal-entries", entry(deposit, List.of(line(cash, "DEBIT", "100.00"), line(wallet, "CREDIT", "100.00"))));
        String hold = newId("hold");
        succeeds("/api/v1/journal-entries", Map.of("id", hold, "pending", true, "postings",
                List.of(line(wallet, "DEBIT", "10.00"), line(cash, "CREDIT", "10.00"))));
        succeeds("/api/v1/journal-entries/" + hold + "/post", (String) null);
        String voided = newId("hold");
        succeeds("/api/v1/journal-entries", Map.of("id", voided, "pending", true, "postings",
                List.of(line(wallet, "DEBIT", "5.00"), line(cash, "CREDIT", "5.00"))));
        succeeds("/api/v1/journal-entries/" + voided + "/void", (String) null);
        String small = newId("je");
        succeeds("/api/v1/journal-entries", entry(small, List.of(line(cash, "DEBIT", "1.00"), line(wallet, "CREDIT", "1.00"))));
        succeeds("/api/v1/journal-entries/" + small + "/reverse", Map.of("id", newId("rev")));
    }

    /** Two payments from the wallet in one batch: the bank accepts one (then settled) and rejects the other. */
    private void everyPaymentEvent(String cash, String wallet) {
        PaymentFlow flow = new PaymentFlow(api);
        String iban = flow.mapBankAccount(cash);
        String paid = newId("pay");
        String rejected = newId("pay");
        assertThat(flow.initiate(paid, wallet, iban, "2.00").status()).isEqualTo(201);
        assertThat(flow.initiate(rejected, wallet, iban, "3.00").status()).isEqualTo(201);
        flow.awaitPayment(paid, "INITIATED");
        flow.awaitPayment(rejected, "INITIATED");
        Api.Response batch = flow.batch(newId("batch"), iban);
        assertThat(batch.status()).as(batch.raw()).isEqualTo(201);
        Map<String, String> instructions = new java.util.HashMap<>();
        batch.body().get("payments").forEach(p -> instructions.put(p.get("paymentId").asString(),
                p.get("instructionId").asString()));
        Api.Response applied = flow.deliver(PaymentFlow.statusReport("RPT-SCHEMA", batch.text("messageId"), "PART",
                new String[] {instructions.get(paid), "ACCP"}, new String[] {instructions.get(rejected), "RJCT", "AC04"}));
        assertThat(applied.status()).as(applied.raw()).isEqualTo(200);
        succeeds("/api/v1/payments/" + paid + "/settle", Map.of("statementKey", "stmt-schema", "lineNo", 1));
    }

    /** The events only come if the requests worked: a refused one would show up as a missing type, much later. */
    private void succeeds(String path, Object body) {
        Api.Response response = body == null ? api.post(path, (String) null) : api.post(path, body);
        assertThat(response.status()).as(path + ": " + response.raw()).isBetween(200, 201);
    }
}
