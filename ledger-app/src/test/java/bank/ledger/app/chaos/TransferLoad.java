package bank.ledger.app.chaos;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Bounded closed-loop load: N clients, each posting its own sequence of transfers (client c, n-th id)
 * one after the other. A client whose transfer stays uncertain past the budget moves on; the id is
 * re-sent after the faults.
 */
final class TransferLoad {
    static final Duration BUDGET = Duration.ofSeconds(60);

    private final TransferMix mix;
    private final Delivery delivery;
    private final int clients;
    private final long seed;
    private final List<Thread> threads = new ArrayList<>();
    private volatile boolean running = true;

    TransferLoad(TransferMix mix, Delivery delivery, int clients, long seed) {
        this.mix = mix;
        this.delivery = delivery;
        this.clients = clients;
        this.seed = seed;
    }

    void start() {
        for (int c = 0; c < clients; c++) {
            int client = c;
            Thread thread = new Thread(() -> run(client), "chaos-client-" + c);
            thread.setDaemon(true);
            threads.add(thread);
            thread.start();
        }
    }

    private void run(int client) {
        Random random = new Random(seed * 1_000_003L + client);
        try {
            for (int n = 0; running; n++) {
                delivery.deliver(mix.next(mix.prefix() + "c" + client + "-" + n, random), BUDGET, random);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Stops sending new transfers and waits for the ones in flight. */
    void stop() throws InterruptedException {
        running = false;
        for (Thread thread : threads) {
            thread.join(BUDGET.toMillis() + 30_000);
        }
    }
}
