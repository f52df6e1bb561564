package bank.ledger.app.bench;

import bank.ledger.app.LedgerApplication;
import bank.ledger.command.dispatch.CommandOrigin;
import bank.ledger.command.approval.LedgerCommandGateway;
import bank.ledger.domain.account.api.AccountFlags;
import bank.ledger.domain.account.api.AccountType;
import bank.ledger.domain.account.api.OpenAccount;
import bank.ledger.domain.entry.api.PostJournalEntry;
import bank.ledger.domain.entry.api.PostingRequest;
import bank.ledger.domain.entry.api.Side;
import bank.ledger.domain.refusal.LedgerRefusal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The throughput harness behind docs/benchmarks.md. Not a test (surefire does not pick it up): run
 * {@code mvn -B -o verify -pl ledger-app -am -DskipITs -Dtest=LedgerBenchmark -Dsurefire.failIfNoSpecifiedTests=false}
 * (add {@code -Dspring.profiles.active=external} and LEDGER_DB_URL for a real server).
 * It measures, in one run against one PostgreSQL: the naive SQL ledger of docs/architecture.md (one transfer =
 * two guarded balance UPDATEs and one INSERT in one transaction) and the ledger's own journal entries
 * (two accounts, full command path: unit of work, aggregates, events, identity registry), with the same
 * accounts, clients and duration, and writes the results to ledger-app/target/benchmark.md.
 * With a web server on a random port: the security configuration needs a servlet web application (with
 * {@code WebEnvironment.NONE} the context did not start); an ephemeral signing key, as in the tests.
 * The same measured over HTTP, with the servers outside the JVM: bin/ledger-bench.
 */
@SpringBootTest(classes = LedgerApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "ledger.security.jwt.allow-ephemeral-key=true")
class LedgerBenchmark {
    static final int ACCOUNTS = Integer.getInteger("bench.accounts", 10_000);
    static final int CLIENTS = Integer.getInteger("bench.clients", 16);
    static final long DURATION_MS = Long.getLong("bench.durationMs", 20_000);
    static final long WARMUP_MS = Long.getLong("bench.warmupMs", 5_000);

    @Autowired
    LedgerCommandGateway commands;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TransactionTemplate transactions;

    @Test
    void measure() throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 8);
        NaiveSqlLedger naive = new NaiveSqlLedger(jdbc, transactions, ACCOUNTS);
        naive.setUp();
        List<String> accounts = openAccounts(run);

        LoadRun.Result naiveResult = LoadRun.run("naive SQL", CLIENTS, WARMUP_MS, DURATION_MS, () -> naive.transfer());
        LoadRun.Result ledgerResult = LoadRun.run("ledger entries", CLIENTS, WARMUP_MS, DURATION_MS,
                () -> postEntry(accounts));

        String report = LoadRun.report(List.of(naiveResult, ledgerResult), ACCOUNTS, CLIENTS, DURATION_MS);
        Files.writeString(Path.of("target", "benchmark.md"), report);
        System.out.println(report);
    }

    private List<String> openAccounts(String run) {
        CommandOrigin origin = new CommandOrigin("benchmark", null, "benchmark", "bench-" + run);
        List<String> ids = new java.util.ArrayList<>(ACCOUNTS);
        for (int i = 0; i < ACCOUNTS; i++) {
            String id = "bench-" + run + "-" + i;
            commands.send(new OpenAccount(id, id, "benchmark account " + i, AccountType.ASSET, "EUR",
                    AccountFlags.NONE, Map.of()), origin);
            ids.add(id);
        }
        return ids;
    }

    private boolean postEntry(List<String> accounts) {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        int from = random.nextInt(accounts.size());
        int to = (from + 1 + random.nextInt(accounts.size() - 1)) % accounts.size();
        String amount = "1." + String.format("%02d", random.nextInt(100));
        try {
            commands.send(new PostJournalEntry(UUID.randomUUID().toString(), LocalDate.of(2026, 11, 25), "benchmark",
                    false, List.of(new PostingRequest(accounts.get(from), Side.DEBIT, amount, null),
                    new PostingRequest(accounts.get(to), Side.CREDIT, amount, null)), Map.of()),
                    new CommandOrigin("benchmark", null, "benchmark", "bench"));
            return true;
        } catch (LedgerRefusal refusal) {
            return false;
        }
    }
}
