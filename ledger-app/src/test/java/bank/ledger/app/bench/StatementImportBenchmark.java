package bank.ledger.app.bench;

import bank.ledger.app.LedgerApplication;
import bank.ledger.app.reconciliation.Camt;
import bank.ledger.app.support.Api;
import bank.ledger.app.support.TestActors;
import bank.ledger.connectors.matching.ReconciliationEngine;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Measures a large statement import through the real upload endpoint, for docs/benchmarks.md. Not a
 * test (surefire does not pick it up): run
 * {@code mvn -B -o verify -pl ledger-app -am -DskipITs -Dtest=StatementImportBenchmark -Dsurefire.failIfNoSpecifiedTests=false}
 * ({@code -Dbench.lines=N}, default 100,000). Phases: the upload answered (read, parse, validate,
 * statement received), every line recorded as events (import COMPLETE), every line in the
 * reconciliation read model; then one engine pass over all those open lines (no candidate postings, so
 * this is the cost of scanning, not of matching). Writes ledger-app/target/statement-import.md.
 */
@SpringBootTest(classes = LedgerApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class StatementImportBenchmark {
    static final int LINES = Integer.getInteger("bench.lines", 100_000);
    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ReconciliationEngine engine;

    @Test
    void measure() throws Exception {
        // the dev profile seeds an administrator with the dev password (docs/security.md)
        Api api = new Api(port).withToken(TestActors.login(new Api(port), "admin",
                System.getenv().getOrDefault("LEDGER_DEV_PASSWORD", "dev-password")));
        importOnce(api, LINES / 10); // warm-up: a running server has its code compiled already
        String report = importOnce(api, LINES);
        System.out.println(report);
        Files.writeString(Path.of("target", "statement-import.md"), report);
    }

    private String importOnce(Api api, int lines) throws InterruptedException {
        String iban = "BENCH" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
        String ledger = "bench-bank-" + iban;
        // the mapping endpoint refuses a ledger account that does not exist
        require(api.post("/api/v1/accounts", Map.of("id", ledger, "code", "C-" + ledger, "name", "Bench bank " + iban,
                "type", "ASSET", "currency", "EUR")), 201);
        require(api.post("/api/v1/bank-account-mappings", Map.of("bankAccount", iban, "currency", "EUR",
                "ledgerAccountId", ledger)), 200);
        Camt camt = Camt.endOfDay(iban, "BENCH-" + iban, "2026-11-20");
        for (int i = 1; i <= lines; i++) {
            camt.line(i % 2 == 0 ? 100 + i : -(100 + i), "E2E-" + i, "REF-" + i, "bench line " + i);
        }
        byte[] file = camt.bytes();

        long start = System.nanoTime();
        Api.Response response = api.postBytes("/api/v1/statements", file, Map.of());
        long answered = System.nanoTime();
        if (response.status() != 202) {
            throw new AssertionError(response.raw());
        }
        String key = response.body().get("statements").get(0).get("statementKey").asString();
        waitFor("select count(*) from stmt_intake where statement_key = ? and status = 'COMPLETE'", key, 1);
        long recorded = System.nanoTime();
        waitFor("select count(*) from recon_line where statement_key = ?", key, lines);
        long projected = System.nanoTime();
        engine.reconcile(ledger);
        long scanned = System.nanoTime();
        return "| lines | file size | upload answered | all lines recorded (events) | lines in read model | engine pass |\n"
                + "|---|---|---|---|---|---|\n"
                + "| " + lines + " | " + file.length / (1024 * 1024) + " MiB | " + ms(start, answered) + " ms | "
                + ms(start, recorded) + " ms | " + ms(start, projected) + " ms | " + ms(projected, scanned) + " ms |\n";
    }

    private void waitFor(String sql, String key, long expected) throws InterruptedException {
        long deadline = System.nanoTime() + 600_000_000_000L;
        while (jdbc.queryForObject(sql, Long.class, key) < expected) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("not done within 10 minutes: " + sql);
            }
            Thread.sleep(50);
        }
    }

    private static long ms(long from, long to) {
        return (to - from) / 1_000_000;
    }

    private static void require(Api.Response response, int status) {
        if (response.status() != status) {
            throw new AssertionError(response.raw());
        }
    }
}
