package bank.ledger.app.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import bank.ledger.app.support.LedgerIntegrationTest;
import bank.ledger.domain.account.Account;
import bank.ledger.domain.account.api.AccountState;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.awaitility.Awaitility;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Accounts are snapshotted: after enough events the store holds a snapshot that deserializes back
 * into the same account, so loading a busy account does not replay its whole history.
 */
class AccountSnapshotIT extends LedgerIntegrationTest {
    @Autowired
    EventStore eventStore;

    @Test
    void a_busy_account_is_snapshotted_and_its_snapshot_reads_back_to_the_same_totals() {
        String busy = openAccount("ASSET", "EUR", Map.of());
        String income = openAccount("INCOME", "EUR", Map.of());
        for (int i = 0; i < 105; i++) {
            api.post("/api/v1/journal-entries", entry(newId("je"), List.of(line(busy, "DEBIT", "0.01"), line(income, "CREDIT", "0.01"))));
        }

        // the snapshot is taken asynchronously after the triggering unit of work commits
        Awaitility.await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            DomainEventStream stream = eventStore.readEvents(busy);
            DomainEventMessage<?> first = stream.next();
            assertThat(first.getPayload()).as("the stream starts from a snapshot").isInstanceOf(Account.class);
            AccountState fromSnapshot = ((Account) first.getPayload()).state(false);
            assertThat(fromSnapshot.accountId()).isEqualTo(busy);
            assertThat(fromSnapshot.currency()).isEqualTo("EUR");
            assertThat(fromSnapshot.totals().debitsPosted()).isEqualTo(first.getSequenceNumber());
        });
    }
}
