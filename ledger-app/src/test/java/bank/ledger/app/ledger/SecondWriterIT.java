package bank.ledger.app.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import bank.ledger.app.support.Api;
import bank.ledger.app.support.LedgerIntegrationTest;
import bank.ledger.domain.account.api.AccountFrozen;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Another node wrote to an account this node holds in its cache. The stale copy must not win: the cache
 * asks the store whether anything newer exists before it is used (a refusal appends nothing, so the
 * sequence-number key alone would never correct it), and the entry is judged on the account as it really is.
 */
class SecondWriterIT extends LedgerIntegrationTest {
    @Autowired
    EventStore eventStore;
    @Autowired
    MeterRegistry meters;

    @Test
    void an_entry_sees_a_freeze_written_by_another_node_to_a_cached_account() {
        String cash = openAccount("ASSET", "EUR", Map.of());
        String income = openAccount("INCOME", "EUR", Map.of());
        Api.Response warmUp = api.post("/api/v1/journal-entries",
                entry(newId("je"), List.of(line(cash, "DEBIT", "1.00"), line(income, "CREDIT", "1.00"))));
        assertThat(warmUp.status()).isEqualTo(201); // both accounts are now in this node's cache

        long next = eventStore.lastSequenceNumberFor(income).orElseThrow() + 1;
        eventStore.publish(new GenericDomainEventMessage<>("Account", income, next,
                new AccountFrozen(income, "frozen by another node", Instant.now())));

        double retriesBefore = meters.counter("ledger.commands.retries").count();
        Api.Response refused = api.post("/api/v1/journal-entries",
                entry(newId("je"), List.of(line(cash, "DEBIT", "2.00"), line(income, "CREDIT", "2.00"))));

        assertProblem(refused, 422, "accountFrozen", "postings[1]");
        assertThat(eventStore.lastSequenceNumberFor(income)).hasValue(next);
        assertThat(meters.counter("ledger.commands.retries").count())
                .as("the cached copy was checked against the store before use (StoreCheckedCache), so no stale"
                        + " copy conflicted and nothing was retried").isEqualTo(retriesBefore);
    }
}
