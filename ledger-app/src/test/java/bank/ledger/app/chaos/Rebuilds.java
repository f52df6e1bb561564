package bank.ledger.app.chaos;

import bank.ledger.app.chaos.Invariants.Row;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import tools.jackson.databind.JsonNode;

/** A projection rebuilt through the gateway while the load runs, and awaited until it caught up. */
final class Rebuilds {
    private static final String PATH = "/api/v1/admin/projections/";

    private Rebuilds() {
    }

    static Row request(Http admin, String gateway, String processor) throws InterruptedException {
        String failure;
        try {
            Http.Answer answer = admin.post(gateway, PATH + processor + "/rebuild", "{}");
            failure = answer.status() == 202 ? null : answer.status() + " " + answer.body(); // accepted, runs on
        } catch (IOException e) {
            failure = e.toString();
        }
        return new Row("rebuild of " + processor + " during the load accepted", 1,
                failure == null ? List.of() : List.of(failure), "");
    }

    static Row awaitCaughtUp(Http admin, String gateway, String processor, Duration timeout)
            throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        String last = "";
        do {
            try {
                Http.Answer answer = admin.get(gateway, PATH + processor);
                JsonNode rebuild = answer.status() == 200 ? answer.json().path("rebuild") : null;
                if (rebuild != null && rebuild.path("caughtUp").asBoolean(false)) {
                    return new Row("the rebuild of " + processor + " caught up", 1, List.of(),
                            rebuild.path("eventsTotal").asLong() + " events");
                }
                last = answer.status() + " " + answer.body();
            } catch (IOException e) {
                last = e.toString();
            }
            Thread.sleep(1_000);
        } while (System.nanoTime() < deadline);
        return new Row("the rebuild of " + processor + " caught up", 1, List.of("after " + timeout + ": " + last), "");
    }
}
