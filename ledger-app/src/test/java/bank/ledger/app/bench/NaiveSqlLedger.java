package bank.ledger.app.bench;

import java.util.concurrent.ThreadLocalRandom;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The baseline of docs/architecture.md ("Baseline"): a ledger as plain SQL. One transfer is two guarded balance UPDATEs and
 * one INSERT in one durable transaction. Its tables live in their own schema, created and dropped here
 * (benchmark scaffolding, not part of the product's schema, hence not a Flyway migration). Public for the HTTP
 * harness (bench.http, bin/ledger-bench), which runs it on the ledger's database through a pool of its own.
 */
public final class NaiveSqlLedger {
    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;
    private final int accounts;

    public NaiveSqlLedger(JdbcTemplate jdbc, TransactionTemplate transactions, int accounts) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.accounts = accounts;
    }

    public void setUp() {
        jdbc.execute("drop schema if exists bench_naive cascade");
        jdbc.execute("create schema bench_naive");
        jdbc.execute("create table bench_naive.account (id int primary key, balance bigint not null)");
        jdbc.execute("create table bench_naive.transfer (id bigserial primary key, debit int not null, "
                + "credit int not null, amount bigint not null, at timestamptz not null default now())");
        jdbc.update("insert into bench_naive.account select g, 1000000000 from generate_series(0, ?) g", accounts - 1);
    }

    /** Locks in id order, like the ledger, so the baseline does not pay for deadlocks the ledger avoids. */
    public boolean transfer() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        int from = random.nextInt(accounts);
        int to = (from + 1 + random.nextInt(accounts - 1)) % accounts;
        long amount = 100 + random.nextInt(100);
        return Boolean.TRUE.equals(transactions.execute(status -> {
            int first = Math.min(from, to);
            int second = Math.max(from, to);
            long firstDelta = first == from ? -amount : amount;
            int updated = jdbc.update("update bench_naive.account set balance = balance + ? where id = ? "
                    + "and balance + ? >= 0", firstDelta, first, firstDelta);
            updated += jdbc.update("update bench_naive.account set balance = balance + ? where id = ? "
                    + "and balance + ? >= 0", -firstDelta, second, -firstDelta);
            if (updated != 2) {
                status.setRollbackOnly();
                return false;
            }
            jdbc.update("insert into bench_naive.transfer (debit, credit, amount) values (?, ?, ?)", from, to, amount);
            return true;
        }));
    }
}
