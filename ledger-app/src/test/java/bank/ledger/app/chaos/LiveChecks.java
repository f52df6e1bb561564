package bank.ledger.app.chaos;

import bank.ledger.app.chaos.Invariants.Row;
import bank.ledger.app.chaos.TransferMix.Account;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * The invariants only the application can answer: its own verification of every account's read
 * models against a replay of the events, and (once that endpoint exists) the event log's hash chain.
 */
final class LiveChecks {
    private static final String CHAIN = "/api/v1/audit/chain/verification";
    private static final int CHAIN_PAGES_MAX = 100_000;

    private LiveChecks() {
    }

    /** Asks until every account is consistent or the time-out passes (a projection may still be catching up). */
    static Row readModelEqualsReplay(Http http, String baseUrl, List<Account> accounts, Duration timeout)
            throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        List<String> violations;
        do {
            violations = new ArrayList<>();
            for (Account account : accounts) {
                try {
                    Http.Answer answer = http.get(baseUrl, "/api/v1/audit/accounts/" + account.id() + "/verification");
                    JsonNode body = answer.status() == 200 ? answer.json() : null;
                    if (body == null || !body.path("consistent").asBoolean(false)) {
                        violations.add(account.id() + ": " + answer.status() + " "
                                + (body == null ? answer.code() : body.path("differences").toString()));
                    }
                } catch (IOException e) {
                    violations.add(account.id() + ": " + e);
                }
            }
            if (violations.isEmpty()) {
                break;
            }
            Thread.sleep(2_000);
        } while (System.nanoTime() < deadline);
        return new Row("read model = replay (GET /api/v1/audit/accounts/{id}/verification)", accounts.size(),
                violations, "");
    }

    /** Walks the chain verification page by page; skipped when the endpoint is not there (404). */
    static Row chainVerified(Http admin, String baseUrl) throws InterruptedException {
        List<String> violations = new ArrayList<>();
        long links = 0;
        String from = "";
        try {
            for (int page = 0; page < CHAIN_PAGES_MAX; page++) {
                Http.Answer answer = admin.get(baseUrl, CHAIN + from);
                if (answer.status() == 404 && page == 0) {
                    return new Row("hash chain verification", 0, List.of(), "skipped: " + CHAIN + " answers 404");
                }
                if (answer.status() != 200) {
                    violations.add(CHAIN + from + ": " + answer.status() + " " + answer.code());
                    break;
                }
                JsonNode body = answer.json();
                long checked = body.path("linksChecked").asLong(0);
                links += checked;
                if (!body.path("ok").asBoolean(false)) {
                    violations.add("broken link: " + body.path("firstBrokenLink"));
                    break;
                }
                if (checked == 0 || !body.has("verifiedTo")) {
                    break;
                }
                from = "?fromPosition=" + (body.path("verifiedTo").asLong() + 1);
            }
        } catch (IOException e) {
            violations.add(CHAIN + ": " + e);
        }
        return new Row("hash chain verification", links, violations, "");
    }
}
