package bank.ledger.app.bench.http;

import java.time.Duration;
import tools.jackson.databind.JsonNode;

/**
 * Times a rebuild of one projection through the ops API: {@code POST /api/v1/admin/projections/{name}/rebuild},
 * then {@code GET .../{name}} every 250 ms until its rebuild has caught up. Events per second = the events the
 * rebuild replayed (the store's head when it started) over the time until caught up, as the harness saw it.
 */
final class RebuildTimer {
    record Result(String projection, long events, double seconds, double eventsPerSecond, boolean finished) {
    }

    private RebuildTimer() {
    }

    static Result run(BenchHttp admin, String projection, Duration timeout) throws Exception {
        return run(admin, projection, timeout, 250);
    }

    /** {@code pollMs}: the time resolution (the status is read that often). */
    static Result run(BenchHttp admin, String projection, Duration timeout, long pollMs) throws Exception {
        String path = "/api/v1/admin/projections/" + projection;
        long startNs = System.nanoTime();
        admin.expect(path + "/rebuild", "{}");
        long deadlineNs = startNs + timeout.toNanos();
        JsonNode rebuild = null;
        while (System.nanoTime() < deadlineNs) {
            Thread.sleep(pollMs);
            BenchHttp.Answer answer = admin.get(path);
            if (answer.status() != 200) {
                continue;
            }
            rebuild = answer.json().path("rebuild");
            if (rebuild.path("caughtUp").asBoolean(false)) {
                double seconds = (System.nanoTime() - startNs) / 1e9;
                long events = rebuild.path("eventsTotal").asLong();
                return new Result(projection, events, seconds, events / seconds, true);
            }
        }
        long done = rebuild == null ? 0 : rebuild.path("eventsDone").asLong();
        double seconds = (System.nanoTime() - startNs) / 1e9;
        return new Result(projection, done, seconds, done / seconds, false);
    }
}
