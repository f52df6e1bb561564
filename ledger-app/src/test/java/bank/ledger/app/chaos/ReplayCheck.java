package bank.ledger.app.chaos;

import bank.ledger.app.chaos.TransferMix.Transfer;
import java.io.IOException;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;

/**
 * After a restart, re-sends a few acknowledged transfers, same id and same bytes, to the instance that
 * was killed: each must answer 200 (the first result, nothing new). A 201 would be a second entry; a
 * 409 or 422 a lost or changed first result.
 */
final class ReplayCheck {
    private static final long RETRY_MS_MAX = 60_000;

    private final Http http;
    private final Outcomes outcomes;
    private final int perRestart;
    private final AtomicLong checked = new AtomicLong();

    ReplayCheck(Http http, Outcomes outcomes, int perRestart) {
        this.http = http;
        this.outcomes = outcomes;
        this.perRestart = perRestart;
    }

    long checked() {
        return checked.get();
    }

    void resendAcknowledged(AppInstance instance) throws InterruptedException {
        List<String> acknowledged = outcomes.acknowledgedIds();
        for (int i = 0; i < Math.min(perRestart, acknowledged.size()); i++) {
            String id = acknowledged.get(ThreadLocalRandom.current().nextInt(acknowledged.size()));
            resend(instance, outcomes.sent.get(id));
        }
    }

    private void resend(AppInstance instance, Transfer transfer) throws InterruptedException {
        long deadline = System.nanoTime() + RETRY_MS_MAX * 1_000_000;
        while (System.nanoTime() < deadline && instance.state() == AppInstance.State.READY) {
            try {
                Http.Answer answer = http.post(instance.baseUrl(), "/api/v1/journal-entries", transfer.body());
                if (answer.status() == 429 || answer.status() >= 500) {
                    Thread.sleep(500);
                    continue;
                }
                checked.incrementAndGet();
                outcomes.idempotentReplays.increment();
                if (answer.status() != 200) {
                    outcomes.replayViolations.add(transfer.id() + " re-sent to " + instance.name()
                            + " after its restart: " + answer.status() + " " + answer.code() + " (expected 200)");
                }
                return;
            } catch (IOException lost) {
                Thread.sleep(500);
            }
        }
    }
}
