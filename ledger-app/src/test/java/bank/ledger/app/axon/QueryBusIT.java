package bank.ledger.app.axon;

import static org.assertj.core.api.Assertions.assertThat;

import bank.ledger.app.support.LedgerIntegrationTest;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.axonframework.queryhandling.QueryBus;
import org.axonframework.queryhandling.QueryGateway;
import org.axonframework.common.Registration;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Queries run without a database transaction around them (QueryBusConfiguration), and the ledger's own queries
 * still answer through that bus (an account read from Redis, the chart from PostgreSQL).
 */
class QueryBusIT extends LedgerIntegrationTest {
    record Probe(String name) {
    }

    @Autowired
    QueryBus bus;
    @Autowired
    QueryGateway queries;

    @Nested
    class A_query {
        @Test
        void runs_outside_any_database_transaction() throws Exception {
            AtomicReference<Boolean> inTransaction = new AtomicReference<>();
            Registration registration = bus.subscribe(Probe.class.getName(), String.class, query -> {
                inTransaction.set(TransactionSynchronizationManager.isActualTransactionActive());
                return "answered";
            });
            try {
                String answer = queries.query(new Probe("p"), String.class).get();

                assertThat(answer).isEqualTo("answered");
                assertThat(inTransaction.get()).as("no transaction around a query").isFalse();
            } finally {
                registration.cancel();
            }
        }

        @Test
        void the_ledgers_own_reads_still_answer_from_redis_and_from_postgresql() {
            String account = openAccount("ASSET", "EUR", Map.of());

            awaitAccount(account, response -> response.status() == 200);
            var read = api.get("/api/v1/accounts/" + account);
            assertThat(read.status()).isEqualTo(200);
            assertThat(api.get("/api/v1/accounts?pageSize=5").status()).isEqualTo(200);
        }
    }
}
