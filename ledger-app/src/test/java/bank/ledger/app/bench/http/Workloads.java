package bank.ledger.app.bench.http;

import bank.ledger.app.bench.http.ClosedLoop.Outcome;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import tools.jackson.databind.JsonNode;

/**
 * The HTTP operations the loops call: a two-line entry between two random accounts (as the naive baseline's
 * transfer), a batch of such entries, an account read, the liveness probe (the floor). Ids are the run's prefix and a counter: never repeated.
 * A 4xx answer is a refusal (counted apart), anything else but 200/201 an error.
 */
final class Workloads {
    /**
     * The lightest request the ledger answers: no authentication, no rate limit, no store. Its rate is the
     * most any API request can reach through this edge, on this machine, with these clients.
     */
    static final String FLOOR_PATH = "/actuator/health/liveness";
    private final BenchHttp writer;
    private final BenchHttp reader;
    private final BenchHttp anonymous;
    private final List<String> accounts;
    private final String runId;
    private final AtomicLong sequence = new AtomicLong();
    private volatile Ack lastAcknowledged;

    /** An entry and when its post was answered. */
    record Ack(String id, long atNanos) {
    }

    Workloads(BenchHttp writer, BenchHttp reader, List<String> accounts, String runId) {
        this.writer = writer;
        this.reader = reader;
        this.anonymous = BenchHttp.anonymous(reader.baseUrl()); // the floor asks no credential: none is checked
        this.accounts = accounts;
        this.runId = runId;
    }

    /** The id of the last entry a single post had acknowledged (the lag probe follows it). */
    Ack lastAcknowledged() {
        return lastAcknowledged;
    }

    Outcome postEntry() throws Exception {
        String id = nextId();
        BenchHttp.Answer answer = writer.post("/api/v1/journal-entries", entryJson(id));
        if (answer.status() == 201 || answer.status() == 200) {
            lastAcknowledged = new Ack(id, System.nanoTime());
            return Outcome.ONE;
        }
        return answer.status() >= 400 && answer.status() < 500 ? Outcome.REFUSED : Outcome.ERROR;
    }

    Outcome postBatch(int size) throws Exception {
        StringBuilder body = new StringBuilder(size * 260).append("{\"entries\":[");
        for (int i = 0; i < size; i++) {
            body.append(i == 0 ? "" : ",").append(entryJson(nextId()));
        }
        BenchHttp.Answer answer = writer.post("/api/v1/journal-entries/batch", body.append("]}").toString());
        if (answer.status() != 200) {
            return answer.status() >= 400 && answer.status() < 500 ? new Outcome(0, size, false) : Outcome.ERROR;
        }
        JsonNode result = answer.json();
        int done = result.path("created").asInt() + result.path("replayed").asInt();
        return new Outcome(done, size - done, false);
    }

    Outcome readAccount() throws Exception {
        String id = accounts.get(ThreadLocalRandom.current().nextInt(accounts.size()));
        int status = reader.get("/api/v1/accounts/" + id).status();
        return status == 200 ? Outcome.ONE : status >= 400 && status < 500 ? Outcome.REFUSED : Outcome.ERROR;
    }

    Outcome readFloor() throws Exception {
        int status = anonymous.get(FLOOR_PATH).status();
        return status == 200 ? Outcome.ONE : Outcome.ERROR;
    }

    String nextId() {
        return runId + "-e" + sequence.incrementAndGet();
    }

    String entryJson(String id) {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        int from = random.nextInt(accounts.size());
        int to = (from + 1 + random.nextInt(accounts.size() - 1)) % accounts.size();
        String amount = (1 + random.nextInt(9)) + "." + String.format("%02d", random.nextInt(100));
        return "{\"id\":\"" + id + "\",\"description\":\"bench\",\"postings\":[{\"accountId\":\"" + accounts.get(from)
                + "\",\"side\":\"DEBIT\",\"amount\":\"" + amount + "\"},{\"accountId\":\"" + accounts.get(to)
                + "\",\"side\":\"CREDIT\",\"amount\":\"" + amount + "\"}]}";
    }
}
