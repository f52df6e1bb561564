package bank.ledger.app.readmodel;

import static org.assertj.core.api.Assertions.assertThat;

import bank.ledger.app.support.Api;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Live balance updates as server-sent events. */
class LiveBalancesIT extends ReadModelTestSupport {

    @Nested
    class BalanceStream {
        @Test
        void a_stream_sends_the_balance_at_once_and_again_when_an_entry_moves_it() throws Exception {
            String cash = openAccount("ASSET", "EUR", Map.of());
            String income = openAccount("INCOME", "EUR", Map.of());
            awaitInReadModel(cash);

            CompletableFuture<Api.Response> stream = CompletableFuture.supplyAsync(
                    () -> api.get("/api/v1/accounts/" + cash + "/balance-stream?maxSeconds=4"));
            // give the stream time to send the opening balance before the entry lands (not an assertion)
            Thread.sleep(1000);
            post("2026-11-20", cash, income, "7.00");
            Api.Response events = stream.get();

            assertThat(events.status()).isEqualTo(200);
            assertThat(events.contentType()).startsWith("text/event-stream");
            List<String> balances = Arrays.stream(events.raw().split("\n"))
                    .filter(line -> line.startsWith("data:")).map(line -> line.replaceAll(".*\"balance\":\"([^\"]+)\".*", "$1"))
                    .toList();
            assertThat(balances).containsExactly("0.00", "7.00");
            assertThat(events.raw()).contains("event:balance");
        }

        @Test
        void a_stream_is_bounded_in_time_and_needs_an_existing_account() {
            String cash = openAccount("ASSET", "EUR", Map.of());
            awaitInReadModel(cash);

            assertProblem(api.get("/api/v1/accounts/" + cash + "/balance-stream?maxSeconds=0"), 400, "invalidField",
                    "maxSeconds");
            assertProblem(api.get("/api/v1/accounts/" + cash + "/balance-stream?maxSeconds=3601"), 400, "invalidField",
                    "maxSeconds");
            assertProblem(api.get("/api/v1/accounts/" + newId("none") + "/balance-stream"), 404, "accountNotFound", "id");
        }
    }
}
