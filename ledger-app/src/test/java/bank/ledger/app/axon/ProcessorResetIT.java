package bank.ledger.app.axon;

import static org.assertj.core.api.Assertions.assertThat;

import bank.ledger.app.support.Api;
import bank.ledger.app.support.LedgerIntegrationTest;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.awaitility.Awaitility;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Resetting a processor (Axon writes a ReplayToken) and replaying it rebuilds the same read model.
 * This failed before the token types were allowed in the Jackson 3 serializer.
 */
class ProcessorResetIT extends LedgerIntegrationTest {
    @Autowired
    EventProcessingConfiguration processing;

    @Test
    void a_reset_journal_entry_processor_replays_into_the_same_rows() {
        String cash = openAccount("ASSET", "EUR", Map.of());
        String income = openAccount("INCOME", "EUR", Map.of());
        String entryId = newId("je");
        api.post("/api/v1/journal-entries", entry(entryId, List.of(line(cash, "DEBIT", "3.21"), line(income, "CREDIT", "3.21"))));
        Api.Response before = awaitEntry(entryId);

        StreamingEventProcessor processor = processing
                .eventProcessor("journal-entries", StreamingEventProcessor.class).orElseThrow();
        processor.shutDown();
        processor.resetTokens();
        processor.start();

        Awaitility.await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            assertThat(processor.isError()).as("processor in error").isFalse();
            assertThat(processor.isReplaying()).isFalse();
        });
        assertThat(awaitEntry(entryId).raw()).isEqualTo(before.raw());
    }

    private Api.Response awaitEntry(String entryId) {
        Api.Response[] last = new Api.Response[1];
        Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> {
            last[0] = api.get("/api/v1/journal-entries/" + entryId);
            return last[0].status() == 200;
        });
        return last[0];
    }
}
