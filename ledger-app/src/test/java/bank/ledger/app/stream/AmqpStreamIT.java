package bank.ledger.app.stream;

import static org.assertj.core.api.Assertions.assertThat;

import bank.ledger.app.support.Api;
import bank.ledger.app.support.LedgerIntegrationTest;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.amqp.rabbit.connection.ConnectionFactory;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/** The RabbitMQ channel as an integrator sees it: bind a queue to the topic exchange, deduplicate by eventId. */
class AmqpStreamIT extends LedgerIntegrationTest {
    @Autowired
    ConnectionFactory connections;

    @Nested
    class PublishingEveryEvent {
        @Test
        void every_posted_entry_arrives_exactly_once_after_deduplication_in_per_account_order() throws Exception {
            List<String> accounts = List.of(openAccount("ASSET", "EUR", Map.of()),
                    openAccount("LIABILITY", "EUR", Map.of()), openAccount("INCOME", "EUR", Map.of()));
            try (StreamQueue queue = StreamQueue.bound(connections, accounts.stream().map(a -> "*." + a).toList())) {
                List<String> entryIds = postConcurrently(accounts, 3, 10);

                queue.awaitUnique(events -> entryIdsOf(queue.events("JournalEntryPosted")).containsAll(entryIds));

                List<JsonNode> posted = queue.drain().events("JournalEntryPosted");
                assertThat(entryIdsOf(posted)).containsExactlyInAnyOrderElementsOf(entryIds);
                for (JsonNode entry : posted) {
                    assertThat(routingKeysOf(queue, entry)).as("one copy per account the entry names")
                            .containsExactlyInAnyOrderElementsOf(entry.get("accountIds").valueStream()
                                    .map(account -> "JournalEntryPosted." + account.asString()).toList());
                }
                for (String account : accounts) {
                    assertBalanceChangesInOrder(queue, account);
                }
            }
        }

        @Test
        void an_entry_copy_reaches_a_queue_bound_to_only_one_of_its_accounts() {
            String cash = openAccount("ASSET", "EUR", Map.of());
            String income = openAccount("INCOME", "EUR", Map.of());
            try (StreamQueue queue = StreamQueue.bound(connections, List.of("JournalEntryPosted." + income))) {
                String id = newId("je");
                api.post("/api/v1/journal-entries", entry(id, List.of(line(cash, "DEBIT", "12.50"),
                        line(income, "CREDIT", "12.50"))));

                queue.awaitUnique(events -> events.size() == 1);

                assertThat(queue.events().get(0).get("payload").get("entryId").asString()).isEqualTo(id);
                assertThat(queue.raw).extracting(StreamQueue.Delivery::routingKey)
                        .containsExactly("JournalEntryPosted." + income);
            }
        }
    }

    @Nested
    class TheEnvelope {
        @Test
        void carries_ids_positions_times_and_amounts_as_decimal_strings_of_the_currency() {
            String cash = openAccount("ASSET", "KWD", Map.of());
            String income = openAccount("INCOME", "KWD", Map.of());
            try (StreamQueue queue = StreamQueue.bound(connections, List.of("*." + income))) {
                String id = newId("je");
                api.post("/api/v1/journal-entries", entry(id, List.of(line(cash, "DEBIT", "1.005"),
                        line(income, "CREDIT", "1.005"))));

                queue.awaitUnique(events -> queue.events("JournalEntryPosted").size() == 1
                        && queue.events("AccountBalanceChanged").size() == 1);

                JsonNode posted = queue.events("JournalEntryPosted").get(0);
                assertThat(posted.get("envelopeVersion").asInt()).isEqualTo(1);
                assertThat(posted.get("schemaVersion").asInt()).isEqualTo(1);
                assertThat(posted.get("aggregateId").asString()).isEqualTo(id);
                assertThat(posted.get("effectiveDate").asString()).isEqualTo("2026-11-25");
                assertThat(posted.get("correlationId").asString()).isNotBlank();
                assertThat(posted.get("payload").get("postings").get(1).get("amount").asString()).isEqualTo("1.005");
                JsonNode balance = queue.events("AccountBalanceChanged").get(0);
                assertThat(balance.get("payload").get("totals").get("creditsPosted").asString()).isEqualTo("1.005");
                assertThat(balance.get("globalPosition").asLong()).isGreaterThan(0);
                assertThat(balance.get("correlationId").asString()).isEqualTo(posted.get("correlationId").asString());
            }
        }
    }

    /** Posts {@code threads} x {@code each} entries concurrently, each moving 1.00 between two of the accounts. */
    private List<String> postConcurrently(List<String> accounts, int threads, int each) throws Exception {
        List<CompletableFuture<List<String>>> futures = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            int thread = t;
            futures.add(CompletableFuture.supplyAsync(() -> IntStream.range(0, each).mapToObj(i -> {
                String debit = accounts.get((thread + i) % accounts.size());
                String credit = accounts.get((thread + i + 1) % accounts.size());
                String id = newId("je");
                Api.Response response = api.post("/api/v1/journal-entries",
                        entry(id, List.of(line(debit, "DEBIT", "1.00"), line(credit, "CREDIT", "1.00"))));
                assertThat(response.status()).as(response.raw()).isEqualTo(201);
                return id;
            }).toList()));
        }
        List<String> ids = new ArrayList<>();
        for (CompletableFuture<List<String>> future : futures) {
            ids.addAll(future.get());
        }
        return ids;
    }

    /** An account's changes arrive in its sequence order, and each one's totals are the previous totals plus its change. */
    static void assertBalanceChangesInOrder(StreamQueue queue, String account) {
        List<JsonNode> changes = queue.events("AccountBalanceChanged").stream()
                .filter(e -> account.equals(e.get("aggregateId").asString())).toList();
        assertThat(changes).isNotEmpty();
        long previousSequence = -1;
        BigDecimal debits = BigDecimal.ZERO;
        for (JsonNode change : changes) {
            assertThat(change.get("aggregateSequence").asLong()).isGreaterThan(previousSequence);
            previousSequence = change.get("aggregateSequence").asLong();
            debits = debits.add(new BigDecimal(change.get("payload").get("change").get("debitsPosted").asString()));
            assertThat(new BigDecimal(change.get("payload").get("totals").get("debitsPosted").asString()))
                    .as("totals after each change, in arrival order").isEqualByComparingTo(debits);
        }
    }

    /** The routing keys under which copies of this event arrived (a retried batch may repeat a copy). */
    static Set<String> routingKeysOf(StreamQueue queue, JsonNode event) {
        return queue.raw.stream().filter(d -> d.envelope().get("eventId").equals(event.get("eventId")))
                .map(StreamQueue.Delivery::routingKey).collect(Collectors.toSet());
    }

    static Set<String> entryIdsOf(List<JsonNode> events) {
        return events.stream().map(e -> e.get("payload").get("entryId").asString()).collect(Collectors.toSet());
    }
}
