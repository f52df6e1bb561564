package bank.ledger.app.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import bank.ledger.app.support.Api;
import bank.ledger.app.support.LedgerIntegrationTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The write side over HTTP, end to end: request, command, events, projection, query. */
class JournalEntryApiIT extends LedgerIntegrationTest {

    @Nested
    class PostJournalEntry {
        @Test
        void a_balanced_entry_moves_both_accounts_and_shows_in_the_read_model() {
            String cash = openAccount("ASSET", "EUR", Map.of());
            String deposits = openAccount("LIABILITY", "EUR", Map.of());
            Api.Response posted = api.post("/api/v1/journal-entries", entry(newId("je"),
                    List.of(line(cash, "DEBIT", "100.00"), line(deposits, "CREDIT", "100.00"))));

            assertThat(posted.status()).isEqualTo(201);
            assertThat(posted.text("status")).isEqualTo("POSTED");
            Api.Response account = awaitAccount(deposits, r -> "100.00".equals(r.text("creditsPosted")));
            assertThat(account.text("balance")).isEqualTo("100.00");
            assertThat(account.text("debitsPosted")).isEqualTo("0.00");
            assertThat(awaitAccount(cash, r -> "100.00".equals(r.text("debitsPosted"))).text("balance"))
                    .isEqualTo("100.00");
        }

        @Test
        void the_same_request_again_answers_the_same_entry_and_posts_nothing_more() {
            String cash = openAccount("ASSET", "EUR", Map.of());
            String income = openAccount("INCOME", "EUR", Map.of());
            String id = newId("je");
            Map<String, Object> body = entry(id, List.of(line(cash, "DEBIT", "10.00"), line(income, "CREDIT", "10.00")));

            Api.Response first = api.post("/api/v1/journal-entries", body);
            Api.Response retry = api.post("/api/v1/journal-entries", body);

            assertThat(first.status()).isEqualTo(201);
            assertThat(retry.status()).isEqualTo(200);
            assertThat(retry.text("recordedAt")).isEqualTo(first.text("recordedAt"));
            awaitAccount(cash, r -> r.body().get("version").asLong() >= 1);
            assertThat(api.get("/api/v1/accounts/" + cash).text("debitsPosted")).isEqualTo("10.00");
        }

        @Test
        void the_same_id_with_other_content_is_an_idempotency_conflict() {
            String cash = openAccount("ASSET", "EUR", Map.of());
            String income = openAccount("INCOME", "EUR", Map.of());
            String id = newId("je");
            api.post("/api/v1/journal-entries", entry(id, List.of(line(cash, "DEBIT", "10.00"), line(income, "CREDIT", "10.00"))));

            Api.Response conflict = api.post("/api/v1/journal-entries",
                    entry(id, List.of(line(cash, "DEBIT", "11.00"), line(income, "CREDIT", "11.00"))));

            assertProblem(conflict, 409, "idempotencyConflict", "id");
        }

        @Test
        void an_unbalanced_entry_is_refused_and_leaves_its_id_free() {
            String cash = openAccount("ASSET", "EUR", Map.of());
            String income = openAccount("INCOME", "EUR", Map.of());
            String id = newId("je");

            Api.Response refused = api.post("/api/v1/journal-entries",
                    entry(id, List.of(line(cash, "DEBIT", "10.00"), line(income, "CREDIT", "9.99"))));
            Api.Response corrected = api.post("/api/v1/journal-entries",
                    entry(id, List.of(line(cash, "DEBIT", "10.00"), line(income, "CREDIT", "10.00"))));

            assertProblem(refused, 422, "unbalancedEntry", "postings");
            assertThat(corrected.status()).isEqualTo(201);
        }

        @Test
        void more_decimals_than_the_currency_has_is_refused_never_rounded() {
            String eur = openAccount("ASSET", "EUR", Map.of());
            String eurIncome = openAccount("INCOME", "EUR", Map.of());
            String kwd = openAccount("ASSET", "KWD", Map.of());
            String kwdIncome = openAccount("INCOME", "KWD", Map.of());

            Api.Response refused = api.post("/api/v1/journal-entries", entry(newId("je"),
                    List.of(line(eur, "DEBIT", "1.005"), line(eurIncome, "CREDIT", "1.005"))));
            Api.Response kuwaiti = api.post("/api/v1/journal-entries", entry(newId("je"),
                    List.of(line(kwd, "DEBIT", "1.005"), line(kwdIncome, "CREDIT", "1.005"))));

            assertProblem(refused, 400, "tooManyDecimals", "postings[0].amount");
            assertThat(kuwaiti.status()).isEqualTo(201);
            assertThat(awaitAccount(kwd, r -> r.body().get("version").asLong() >= 1).text("debitsPosted"))
                    .isEqualTo("1.005");
        }

        @Test
        void a_posting_in_another_currency_than_the_account_is_a_currency_mismatch() {
            String eur = openAccount("ASSET", "EUR", Map.of());
            String usd = openAccount("INCOME", "USD", Map.of());

            Api.Response refused = api.post("/api/v1/journal-entries", entry(newId("je"),
                    List.of(line(eur, "DEBIT", "1.00"), Map.of("accountId", usd, "side", "CREDIT", "amount", "1.00",
                            "currency", "EUR"))));

            assertProblem(refused, 422, "currencyMismatch", "postings[1].currency");
        }

        @Test
        void debits_beyond_credits_on_a_guarded_account_are_refused_at_the_exact_boundary() {
            String wallet = openAccount("LIABILITY", "EUR", Map.of("debitsMustNotExceedCredits", true));
            String cash = openAccount("ASSET", "EUR", Map.of());
            api.post("/api/v1/journal-entries", entry(newId("je"), List.of(line(cash, "DEBIT", "50.00"), line(wallet, "CREDIT", "50.00"))));

            Api.Response overdraft = api.post("/api/v1/journal-entries", entry(newId("je"),
                    List.of(line(wallet, "DEBIT", "50.01"), line(cash, "CREDIT", "50.01"))));
            Api.Response exact = api.post("/api/v1/journal-entries", entry(newId("je"),
                    List.of(line(wallet, "DEBIT", "50.00"), line(cash, "CREDIT", "50.00"))));

            assertProblem(overdraft, 422, "exceedsCredits", "postings[0]");
            assertThat(exact.status()).isEqualTo(201);
        }

        @Test
        void posting_to_a_frozen_account_is_refused_until_it_is_unfrozen() {
            String cash = openAccount("ASSET", "EUR", Map.of());
            String income = openAccount("INCOME", "EUR", Map.of());
            api.post("/api/v1/accounts/" + income + "/freeze", Map.of("reason", "audit"));
            Map<String, Object> body = entry(newId("je"), List.of(line(cash, "DEBIT", "5.00"), line(income, "CREDIT", "5.00")));

            Api.Response refused = api.post("/api/v1/journal-entries", body);
            api.post("/api/v1/accounts/" + income + "/unfreeze", (String) null);
            Api.Response accepted = api.post("/api/v1/journal-entries", body);

            assertProblem(refused, 422, "accountFrozen", "postings[1]");
            assertThat(accepted.status()).isEqualTo(201);
        }

        @Test
        void malformed_json_names_the_field_it_could_not_read() {
            Api.Response response = api.post("/api/v1/journal-entries",
                    "{\"id\":\"x\",\"postings\":[{\"accountId\":\"a\",\"side\":\"SIDEWAYS\",\"amount\":\"1\"}]}");

            assertProblem(response, 400, "malformedRequest", "postings[0].side");
        }
    }
}
