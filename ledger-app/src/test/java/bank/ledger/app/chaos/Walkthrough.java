package bank.ledger.app.chaos;

import bank.ledger.app.chaos.Invariants.Row;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import tools.jackson.databind.JsonNode;

/**
 * README's walkthrough through the gateway, each step a row: accounts opened, a deposit (and its identical
 * resend), balances read back from a reader, a hold posted in part, an overdraft refused, a reversal held
 * for four-eyes and approved by another person; then the gateway's correlation id and the jobs endpoint.
 */
final class Walkthrough {
    private static final Duration READ_BACK_MAX = Duration.ofSeconds(90);
    private static final String UUID = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";

    private final Http api;
    private final Http admin;
    private final String gateway;
    private final String p;
    private final List<Row> rows = new ArrayList<>();

    Walkthrough(Http api, Http admin, String gateway, String runTag) {
        this.api = api;
        this.admin = admin;
        this.gateway = gateway;
        this.p = "walk-" + runTag + "-";
    }

    List<Row> run() throws InterruptedException {
        step("open two accounts (201)", () -> both(api.post(gateway, "/api/v1/accounts", "{\"id\":\"" + p + "cash\","
                + "\"code\":\"" + p + "1000\",\"name\":\"Cash\",\"type\":\"ASSET\",\"currency\":\"EUR\"}"),
                api.post(gateway, "/api/v1/accounts", "{\"id\":\"" + p + "alice\",\"code\":\"" + p + "2000\",\"name\":"
                        + "\"Alice deposits\",\"type\":\"LIABILITY\",\"currency\":\"EUR\","
                        + "\"debitsMustNotExceedCredits\":true}"), 201));
        String deposit = entry("dep-1", "cash", "alice", "100.00", "");
        step("deposit 100.00 (201)", () -> status(api.post(gateway, "/api/v1/journal-entries", deposit), 201));
        step("the same deposit again (200, nothing new)", () -> status(api.post(gateway, "/api/v1/journal-entries",
                deposit), 200));
        step("a reader shows alice credited 100.00", () -> readBack("/api/v1/accounts/" + p + "alice",
                a -> a.path("creditsPosted").asString("").equals("100.00")));
        step("a hold of 60.00 (201)", () -> status(api.post(gateway, "/api/v1/journal-entries",
                entry("hold-1", "alice", "cash", "60.00", ",\"pending\":true")), 201));
        step("post 45.00 of the hold (2xx)", () -> ok(api.post(gateway, "/api/v1/journal-entries/" + p + "hold-1/post",
                "{\"postings\":[" + posting("alice", "DEBIT", "45.00") + "," + posting("cash", "CREDIT", "45.00") + "]}")));
        step("an overdraft is refused (422 exceedsCredits)", () -> refused(api.post(gateway, "/api/v1/journal-entries",
                entry("big-1", "alice", "cash", "500.00", "")), 422, "exceedsCredits"));
        step("a second deposit of 20.00 (201)", () -> status(api.post(gateway, "/api/v1/journal-entries",
                entry("dep-2", "cash", "alice", "20.00", "")), 201));
        String[] approval = new String[1];
        step("its reversal is held for a second person (202)", () -> {
            Http.Answer held = api.post(gateway, "/api/v1/journal-entries/" + p + "dep-2/reverse",
                    "{\"id\":\"" + p + "dep-2-rev\",\"description\":\"Deposit keyed twice\"}");
            approval[0] = held.json().path("approvalId").asString("");
            return held.status() == 202 && !approval[0].isEmpty() ? null : held.status() + " " + held.body();
        });
        step("another person approves it (2xx)", () -> approval[0] == null || approval[0].isEmpty() ? "no approval id"
                : ok(admin.post(gateway, "/api/v1/approvals/" + approval[0] + "/approve", "{}")));
        step("a reader shows the reversal", () -> readBack("/api/v1/journal-entries/" + p + "dep-2-rev", e -> true));
        step("a reader shows alice 120.00 credited, 65.00 debited", () -> readBack("/api/v1/accounts/" + p + "alice",
                a -> a.path("creditsPosted").asString("").equals("120.00")
                        && a.path("debitsPosted").asString("").equals("65.00")));
        step("the client's X-Correlation-Id comes back", () -> correlation("cluster-walk-1", 200, "cluster-walk-1"));
        step("without one the gateway makes one (a UUID)", () -> correlation(null, 200, UUID));
        step("a malformed one is refused by the ledger (400)", () -> correlation("bad id!", 400, UUID));
        step("GET /api/v1/admin/jobs lists the cluster's jobs", () -> {
            Http.Answer jobs = admin.get(gateway, "/api/v1/admin/jobs");
            return jobs.status() == 200 && jobs.body().contains("\"retention\"") ? null : jobs.status() + " " + jobs.body();
        });
        return rows;
    }

    interface Step {
        /** Null when the step went as README says, else what happened. */
        String run() throws IOException, InterruptedException;
    }

    private void step(String name, Step step) throws InterruptedException {
        String failure;
        try {
            failure = step.run();
        } catch (IOException e) {
            failure = e.toString();
        }
        rows.add(new Row("walkthrough: " + name, 1, failure == null ? List.of() : List.of(failure), ""));
    }

    private String entry(String id, String debit, String credit, String amount, String extra) {
        return "{\"id\":\"" + p + id + "\",\"description\":\"cluster walkthrough\"" + extra + ",\"postings\":["
                + posting(debit, "DEBIT", amount) + "," + posting(credit, "CREDIT", amount) + "]}";
    }

    private String posting(String account, String side, String amount) {
        return "{\"accountId\":\"" + p + account + "\",\"side\":\"" + side + "\",\"amount\":\"" + amount + "\"}";
    }

    private static String status(Http.Answer answer, int expected) {
        return answer.status() == expected ? null : answer.status() + " " + answer.body();
    }

    private static String both(Http.Answer first, Http.Answer second, int expected) {
        String a = status(first, expected);
        return a != null ? a : status(second, expected);
    }

    private static String ok(Http.Answer answer) {
        return answer.ok() ? null : answer.status() + " " + answer.body();
    }

    private static String refused(Http.Answer answer, int status, String code) {
        return answer.status() == status && answer.code().equals(code) ? null : answer.status() + " " + answer.body();
    }

    /** Reads through the gateway (a reader) until the answer satisfies the test; the readers lag the writers. */
    private String readBack(String path, Predicate<JsonNode> test) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + READ_BACK_MAX.toNanos();
        Http.Answer last;
        do {
            last = api.get(gateway, path);
            if (last.status() == 200 && test.test(last.json())) {
                return null;
            }
            Thread.sleep(300);
        } while (System.nanoTime() < deadline);
        return "after " + READ_BACK_MAX.toSeconds() + " s: " + last.status() + " " + last.body();
    }

    private String correlation(String sent, int status, String expectedPattern) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(gateway + "/api/v1/accounts/" + p + "cash"))
                .timeout(Duration.ofSeconds(30)).header("X-Api-Key", api.apiKey()).GET();
        if (sent != null) {
            request.header("X-Correlation-Id", sent);
        }
        HttpResponse<String> answer = HttpClient.newHttpClient().send(request.build(),
                HttpResponse.BodyHandlers.ofString());
        String back = answer.headers().firstValue("X-Correlation-Id").orElse("");
        return answer.statusCode() == status && back.matches(expectedPattern) ? null
                : answer.statusCode() + ", X-Correlation-Id '" + back + "': " + answer.body();
    }
}
