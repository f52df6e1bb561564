package bank.ledger.app.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import bank.ledger.app.support.Api;
import bank.ledger.app.support.LedgerIntegrationTest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Many writers on one hot, guarded account, and on pairs of accounts in both orders: no lost update,
 * no overdraft, no deadlock, and debits equal credits over the whole ledger afterwards.
 */
class ConcurrentPostingIT extends LedgerIntegrationTest {
    private static final int THREADS = 16;
    private static final int ENTRIES_PER_THREAD = 10;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void a_hot_guarded_account_never_overdraws_and_loses_no_update() throws Exception {
        String wallet = openAccount("LIABILITY", "EUR", Map.of("debitsMustNotExceedCredits", true));
        String funding = openAccount("ASSET", "EUR", Map.of());
        String sinkA = openAccount("EXPENSE", "EUR", Map.of());
        String sinkB = openAccount("EXPENSE", "EUR", Map.of());
        api.post("/api/v1/journal-entries", entry(newId("fund"), List.of(line(funding, "DEBIT", "100.00"), line(wallet, "CREDIT", "100.00"))));

        Map<Integer, AtomicInteger> outcomes = new ConcurrentHashMap<>();
        Map<String, AtomicInteger> codes = new ConcurrentHashMap<>();
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        List<Future<?>> work = new ArrayList<>();
        for (int t = 0; t < THREADS; t++) {
            int thread = t;
            work.add(pool.submit(() -> {
                for (int i = 0; i < ENTRIES_PER_THREAD; i++) {
                    // sinks in both orders, so two entries lock the same accounts in opposite request order
                    String sink = (thread + i) % 2 == 0 ? sinkA : sinkB;
                    List<Map<String, Object>> lines = (thread % 2 == 0)
                            ? List.of(line(wallet, "DEBIT", "1.00"), line(sink, "CREDIT", "1.00"))
                            : List.of(line(sink, "CREDIT", "1.00"), line(wallet, "DEBIT", "1.00"));
                    Api.Response response = api.post("/api/v1/journal-entries", entry(newId("hot"), lines));
                    outcomes.computeIfAbsent(response.status(), k -> new AtomicInteger()).incrementAndGet();
                    if (response.status() >= 400) {
                        codes.computeIfAbsent(response.text("code"), k -> new AtomicInteger()).incrementAndGet();
                    }
                }
            }));
        }
        for (Future<?> future : work) {
            future.get();
        }
        pool.shutdown();

        int attempts = THREADS * ENTRIES_PER_THREAD;
        assertThat(outcomes.get(201)).as("outcomes %s, codes %s", outcomes, codes).hasValue(100);
        assertThat(codes.get("exceedsCredits")).as("codes %s", codes).hasValue(attempts - 100);
        Api.Response account = awaitAccount(wallet, r -> "100.00".equals(r.text("debitsPosted")));
        assertThat(account.text("balance")).isEqualTo("0.00");
        assertThat(account.text("creditsPosted")).isEqualTo("100.00");
        Awaitility.await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(
                jdbc.queryForObject("select coalesce(sum(debits_posted), 0) - coalesce(sum(credits_posted), 0) "
                        + "from rm_account", Long.class)).as("debits minus credits over the whole ledger").isZero());
    }
}
