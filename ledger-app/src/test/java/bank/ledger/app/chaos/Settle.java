package bank.ledger.app.chaos;

import java.sql.SQLException;
import java.time.Duration;

/** Waits until the read models hold every stored entry and every account's newest event. */
final class Settle {
    private Settle() {
    }

    static StoredLedger awaitReadModels(String dbUrl, String prefix, Duration timeout)
            throws SQLException, InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        StoredLedger stored = StoredLedger.read(dbUrl, prefix);
        while (!stored.readModelsCaughtUp() && System.nanoTime() < deadline) {
            Thread.sleep(1_000);
            stored = StoredLedger.read(dbUrl, prefix);
        }
        if (!stored.readModelsCaughtUp()) {
            System.out.println("chaos: the read models had not caught up after " + timeout + "; checking anyway");
        }
        return stored;
    }
}
