package bank.ledger.app.stream;

import static org.assertj.core.api.Assertions.assertThat;

import bank.ledger.app.dev.EmbeddedServices;
import bank.ledger.app.support.Api;
import bank.ledger.app.support.LedgerIntegrationTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.amqp.rabbit.connection.ConnectionFactory;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * The broker goes away mid-stream and comes back: events are delayed, none is lost. Needs the embedded
 * broker (this test closes its port); against a shared external RabbitMQ it is skipped.
 */
class BrokerOutageIT extends LedgerIntegrationTest {
    @Autowired
    ConnectionFactory connections;

    @Nested
    class BrokerStoppedAndStarted {
        @Test
        void mid_stream_loses_nothing_and_keeps_per_account_order() {
            EmbeddedServices broker = EmbeddedServices.startedOrNull();
            Assumptions.assumeTrue(broker != null,
                    "needs the embedded broker to stop and start; the external run shares a RabbitMQ it must not stop");
            List<String> accounts = List.of(openAccount("ASSET", "EUR", Map.of()), openAccount("INCOME", "EUR", Map.of()));
            try (StreamQueue queue = StreamQueue.bound(connections, accounts.stream().map(a -> "*." + a).toList())) {
                List<String> entryIds = new ArrayList<>(post(accounts, 3));
                queue.awaitUnique(events -> queue.events("JournalEntryPosted").size() == 3);

                broker.amqpAvailable(false);
                try {
                    entryIds.addAll(post(accounts, 5));
                    awaitAccount(accounts.get(1), r -> "24.00".equals(r.text("creditsPosted")));
                    JsonNode stream = api.get("/api/v1/stream").body();
                    assertThat(stream.get("processors").get(0).get("lag").asLong())
                            .as("the outage is real: the publisher cannot move on").isPositive();
                } finally {
                    broker.amqpAvailable(true);
                }
                entryIds.addAll(post(accounts, 2));

                queue.awaitUnique(events -> AmqpStreamIT.entryIdsOf(queue.events("JournalEntryPosted")).containsAll(entryIds));
                assertThat(AmqpStreamIT.entryIdsOf(queue.events("JournalEntryPosted"))).containsExactlyInAnyOrderElementsOf(entryIds);
                accounts.forEach(account -> AmqpStreamIT.assertBalanceChangesInOrder(queue, account));
            }
        }
    }

    private List<String> post(List<String> accounts, int count) {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String id = newId("je");
            Api.Response posted = api.post("/api/v1/journal-entries", entry(id,
                    List.of(line(accounts.get(0), "DEBIT", "3.00"), line(accounts.get(1), "CREDIT", "3.00"))));
            assertThat(posted.status()).as(posted.raw()).isEqualTo(201);
            ids.add(id);
        }
        return ids;
    }
}
