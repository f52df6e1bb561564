package bank.ledger.app.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import bank.ledger.app.support.Api;
import bank.ledger.app.support.LedgerIntegrationTest;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Holds (pending entries) posted in part or voided, reversals, and closing accounts, over HTTP. */
class HoldsAndReversalsApiIT extends LedgerIntegrationTest {

    private String hold(String debit, String credit, String amount) {
        String id = newId("hold");
        Map<String, Object> body = new HashMap<>(entry(id, List.of(line(debit, "DEBIT", amount), line(credit, "CREDIT", amount))));
        body.put("pending", true);
        Api.Response response = api.post("/api/v1/journal-entries", body);
        assertThat(response.status()).as(response.raw()).isEqualTo(201);
        assertThat(response.text("status")).isEqualTo("PENDING");
        return id;
    }

    @Nested
    class PostPendingEntry {
        @Test
        void posting_part_of_a_hold_posts_that_part_and_releases_the_rest() {
            String card = openAccount("LIABILITY", "EUR", Map.of());
            String merchant = openAccount("LIABILITY", "EUR", Map.of());
            String id = hold(card, merchant, "60.00");
            awaitAccount(card, r -> "60.00".equals(r.text("debitsPending")));

            Api.Response posted = api.post("/api/v1/journal-entries/" + id + "/post",
                    Map.of("postings", List.of(line(card, "DEBIT", "45.00"), line(merchant, "CREDIT", "45.00"))));

            assertThat(posted.status()).as(posted.raw()).isEqualTo(200);
            assertThat(posted.text("status")).isEqualTo("POSTED");
            Api.Response account = awaitAccount(card, r -> "45.00".equals(r.text("debitsPosted")));
            assertThat(account.text("debitsPending")).isEqualTo("0.00");
        }

        @Test
        void posting_more_than_the_hold_is_refused() {
            String card = openAccount("LIABILITY", "EUR", Map.of());
            String merchant = openAccount("LIABILITY", "EUR", Map.of());
            String id = hold(card, merchant, "60.00");

            Api.Response refused = api.post("/api/v1/journal-entries/" + id + "/post",
                    Map.of("postings", List.of(line(card, "DEBIT", "60.01"), line(merchant, "CREDIT", "60.01"))));

            assertProblem(refused, 422, "exceedsPendingAmount", "postings[0].amount");
        }
    }

    @Nested
    class VoidPendingEntry {
        @Test
        void voiding_a_hold_releases_it_and_a_later_post_is_refused() {
            String card = openAccount("LIABILITY", "EUR", Map.of());
            String merchant = openAccount("LIABILITY", "EUR", Map.of());
            String id = hold(card, merchant, "20.00");

            Api.Response voided = api.post("/api/v1/journal-entries/" + id + "/void", Map.of("reason", "cancelled"));
            Api.Response again = api.post("/api/v1/journal-entries/" + id + "/void", Map.of("reason", "cancelled"));
            Api.Response post = api.post("/api/v1/journal-entries/" + id + "/post", (String) null);

            assertThat(voided.text("status")).isEqualTo("VOIDED");
            assertThat(again.status()).isEqualTo(200);
            assertProblem(post, 409, "entryAlreadyVoided", null);
            awaitAccount(card, r -> r.body().get("version").asLong() >= 2 && "0.00".equals(r.text("debitsPending")));
        }
    }

    @Nested
    class ReverseJournalEntry {
        @Test
        void a_reversal_is_a_new_linked_entry_that_brings_the_balances_back() {
            String cash = openAccount("ASSET", "EUR", Map.of());
            String income = openAccount("INCOME", "EUR", Map.of());
            String original = newId("je");
            api.post("/api/v1/journal-entries", entry(original, List.of(line(cash, "DEBIT", "30.00"), line(income, "CREDIT", "30.00"))));
            String reversalId = newId("rev");

            Api.Response reversal = api.post("/api/v1/journal-entries/" + original + "/reverse",
                    Map.of("id", reversalId, "description", "posted to the wrong account"));
            Api.Response second = api.post("/api/v1/journal-entries/" + original + "/reverse", Map.of("id", newId("rev")));

            assertThat(reversal.status()).as(reversal.raw()).isEqualTo(201);
            assertThat(reversal.text("reversalOf")).isEqualTo(original);
            assertThat(reversal.body().get("postings").get(0).get("side").asString()).isEqualTo("CREDIT");
            assertProblem(second, 409, "entryAlreadyReversed", null);
            Api.Response account = awaitAccount(cash, r -> "30.00".equals(r.text("creditsPosted")));
            assertThat(account.text("balance")).isEqualTo("0.00");
        }
    }

    @Nested
    class CloseAccount {
        @Test
        void an_account_closes_only_at_zero_and_then_refuses_postings() {
            String cash = openAccount("ASSET", "EUR", Map.of());
            String income = openAccount("INCOME", "EUR", Map.of());
            api.post("/api/v1/journal-entries", entry(newId("je"), List.of(line(cash, "DEBIT", "1.00"), line(income, "CREDIT", "1.00"))));

            Api.Response refused = api.post("/api/v1/accounts/" + income + "/close", (String) null);
            api.post("/api/v1/journal-entries", entry(newId("je"), List.of(line(income, "DEBIT", "1.00"), line(cash, "CREDIT", "1.00"))));
            Api.Response closed = api.post("/api/v1/accounts/" + income + "/close", Map.of("reason", "product retired"));
            Api.Response posting = api.post("/api/v1/journal-entries", entry(newId("je"),
                    List.of(line(cash, "DEBIT", "1.00"), line(income, "CREDIT", "1.00"))));

            assertProblem(refused, 422, "nonZeroBalance", null);
            assertThat(closed.text("status")).isEqualTo("CLOSED");
            assertProblem(posting, 422, "accountClosed", "postings[1]");
            awaitAccount(income, r -> "CLOSED".equals(r.text("status")));
        }
    }
}
