package bank.ledger.app.readmodel;

import static org.assertj.core.api.Assertions.assertThat;

import bank.ledger.app.support.Api;
import bank.ledger.app.support.LedgerIntegrationTest;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.awaitility.Awaitility;
import tools.jackson.databind.JsonNode;
import org.awaitility.core.ConditionTimeoutException;

/** Posting dated entries and waiting for the line read model, shared by the read-model tests. */
abstract class ReadModelTestSupport extends LedgerIntegrationTest {

    /** Posts a two-line entry on {@code date}: {@code debit} is debited, {@code credit} credited. */
    protected Api.Response post(String date, String debit, String credit, String amount) {
        return post(date, debit, credit, amount, Map.of());
    }

    /** The same, with the entry's {@code metadata}. */
    protected Api.Response post(String date, String debit, String credit, String amount, Map<String, String> metadata) {
        Map<String, Object> body = Map.of("id", newId("je"), "effectiveDate", date, "description", "entry of " + date,
                "postings", List.of(line(debit, "DEBIT", amount), line(credit, "CREDIT", amount)), "metadata", metadata);
        Api.Response response = api.post("/api/v1/journal-entries", body);
        assertThat(response.status()).as(response.raw()).isEqualTo(201);
        return response;
    }

    /** Waits until {@code path} answers 200 and satisfies {@code condition}; answers the last response. */
    protected Api.Response await(String path, Predicate<Api.Response> condition) {
        Api.Response[] last = new Api.Response[1];
        try {
            Awaitility.await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(50)).until(() -> {
                last[0] = api.get(path);
                return last[0].status() == 200 && condition.test(last[0]);
            });
        } catch (ConditionTimeoutException timeout) {
            throw new AssertionError(path + " never answered as expected; last: "
                    + (last[0] == null ? "nothing" : last[0].status() + " " + last[0].raw()), timeout);
        }
        return last[0];
    }

    /**
     * The first account row of a report paged by code, starting at {@code accountId} (codes are "C-" + id,
     * unique per test, so the page that starts just before the code starts with this account); null if none.
     */
    protected JsonNode reportRowOf(String reportPath, String accountId) {
        String code = "C-" + accountId;
        Api.Response page = api.get(reportPath + "&pageSize=1&after=" + code.substring(0, code.length() - 1));
        assertThat(page.status()).as(page.raw()).isEqualTo(200);
        JsonNode accounts = page.body().get("accounts");
        return accounts.isEmpty() ? null : accounts.get(0);
    }

    /**
     * Waits until {@code rm_account} knows the account (the reports read it). {@code awaitAccount} is not
     * enough: it may be answered from Redis, whose projection can be ahead of PostgreSQL's.
     */
    protected void awaitInReadModel(String accountId) {
        await("/api/v1/accounts/" + accountId + "/balance-at?date=2026-01-01", r -> true);
    }

    /**
     * Waits until a statement or ledger page is complete: its lines (account lines) and their descriptions
     * (journal entries) come from two projections that catch up independently.
     */
    protected Api.Response awaitDescribed(String path) {
        return await(path, r -> !r.raw().contains("\"description\":null"));
    }

    /** Waits until every read model of the account agrees with its events (the audit's verify). */
    protected Api.Response awaitSettled(String accountId) {
        Api.Response[] last = new Api.Response[1];
        Awaitility.await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(100)).until(() -> {
            last[0] = api.get("/api/v1/audit/accounts/" + accountId + "/verification");
            return last[0].status() == 200 && last[0].body().get("consistent").asBoolean();
        });
        return last[0];
    }

    /** Waits until the account's balance at {@code date} (as known now) is {@code balance}. */
    protected Api.Response awaitBalanceAt(String accountId, String date, String balance) {
        return await("/api/v1/accounts/" + accountId + "/balance-at?date=" + date,
                r -> balance.equals(r.text("balance")));
    }
}
