package bank.ledger.app.period;

import static org.assertj.core.api.Assertions.assertThat;

import bank.ledger.app.support.Api;
import bank.ledger.app.support.LedgerIntegrationTest;
import bank.ledger.command.period.JdbcPeriodLock;
import bank.ledger.domain.period.PeriodId;
import java.time.Duration;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The race between a close and a back-dated entry, forced rather than hoped for: one side holds its lock
 * in an open transaction, the other is seen waiting on PostgreSQL's lock (pg_stat_activity), then the
 * first commits. Whichever commits first, a closed period never receives an entry.
 */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class PeriodLockRaceIT extends LedgerIntegrationTest {
    @Autowired
    JdbcPeriodLock lock;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    PlatformTransactionManager transactions;

    private YearMonth randomMonth() {
        return FreshMonths.next(jdbc);
    }

    /** Holds the work's locks in an open transaction until {@code release} counts down. */
    private CompletableFuture<Void> inOpenTransaction(Runnable work, CountDownLatch holding, CountDownLatch release) {
        return CompletableFuture.runAsync(() -> new TransactionTemplate(transactions).executeWithoutResult(status -> {
            work.run();
            holding.countDown();
            try {
                release.await(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }));
    }

    private void awaitSomeoneWaitingOnTheLock() {
        Awaitility.await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(50)).until(() ->
                jdbc.queryForObject("select count(*) from pg_stat_activity where wait_event_type = 'Lock'"
                        + " and query like '%ledger_period_lock%'", Integer.class) > 0);
    }

    @Nested
    class A_close_committing_first {
        @Test
        void makes_the_waiting_back_dated_entry_see_the_closed_period() throws Exception {
            YearMonth month = randomMonth();
            String cash = openAccount("ASSET", "EUR", Map.of());
            String sales = openAccount("INCOME", "EUR", Map.of());
            CountDownLatch holding = new CountDownLatch(1);
            CountDownLatch release = new CountDownLatch(1);
            CompletableFuture<Void> close = inOpenTransaction(
                    () -> lock.markClosed(PeriodId.parse(month.toString(), "periodId")), holding, release);
            assertThat(holding.await(20, TimeUnit.SECONDS)).isTrue();

            CompletableFuture<Api.Response> entry = CompletableFuture.supplyAsync(() -> api.post(
                    "/api/v1/journal-entries", Map.of("id", newId("racer"), "effectiveDate",
                            month.atDay(5).toString(), "postings", List.of(line(cash, "DEBIT", "1.00"),
                                    line(sales, "CREDIT", "1.00")))));
            awaitSomeoneWaitingOnTheLock();
            assertThat(entry).isNotDone();
            release.countDown();
            close.get(20, TimeUnit.SECONDS);

            assertProblem(entry.get(30, TimeUnit.SECONDS), 422, "periodClosed", "effectiveDate");
        }
    }

    @Nested
    class An_entry_holding_the_check_first {
        @Test
        void makes_the_close_wait_until_the_entry_has_committed() throws Exception {
            YearMonth month = randomMonth();
            CountDownLatch holding = new CountDownLatch(1);
            CountDownLatch release = new CountDownLatch(1);
            CompletableFuture<Void> entry = inOpenTransaction(() -> lock.requireOpen(month.atDay(5), "effectiveDate"),
                    holding, release);
            assertThat(holding.await(20, TimeUnit.SECONDS)).isTrue();

            CompletableFuture<Api.Response> close = CompletableFuture.supplyAsync(() -> api.as("accountant")
                    .post("/api/v1/periods/" + month + "/close", ""));
            awaitSomeoneWaitingOnTheLock();
            assertThat(close).isNotDone();
            release.countDown();
            entry.get(20, TimeUnit.SECONDS);

            Api.Response closed = close.get(30, TimeUnit.SECONDS);
            assertThat(closed.status()).as(closed.raw()).isEqualTo(200);
        }
    }
}
