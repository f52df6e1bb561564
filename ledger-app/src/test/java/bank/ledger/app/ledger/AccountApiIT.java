package bank.ledger.app.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import bank.ledger.app.support.Api;
import bank.ledger.app.support.LedgerIntegrationTest;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Account commands over HTTP: opening is idempotent by id, codes and ids are unique. */
class AccountApiIT extends LedgerIntegrationTest {

    private static Map<String, Object> account(String id, String code, String currency) {
        return new HashMap<>(Map.of("id", id, "code", code, "name", "Account " + code, "type", "ASSET",
                "currency", currency));
    }

    @Nested
    class OpenAccount {
        @Test
        void opening_answers_the_account_with_zero_balances_in_the_currency_decimals() {
            String id = newId("acc");
            Api.Response opened = api.post("/api/v1/accounts", account(id, "C-" + id, "JPY"));

            assertThat(opened.status()).isEqualTo(201);
            assertThat(opened.text("id")).isEqualTo(id);
            assertThat(opened.text("status")).isEqualTo("OPEN");
            assertThat(opened.text("debitsPosted")).isEqualTo("0");
            assertThat(awaitAccount(id, r -> true).text("currency")).isEqualTo("JPY");
        }

        @Test
        void the_same_request_again_answers_200_with_the_same_account() {
            String id = newId("acc");
            api.post("/api/v1/accounts", account(id, "C-" + id, "EUR"));

            Api.Response retry = api.post("/api/v1/accounts", account(id, "C-" + id, "EUR"));

            assertThat(retry.status()).isEqualTo(200);
            assertThat(retry.text("id")).isEqualTo(id);
        }

        @Test
        void the_same_id_with_another_currency_is_an_idempotency_conflict() {
            String id = newId("acc");
            api.post("/api/v1/accounts", account(id, "C-" + id, "EUR"));

            assertProblem(api.post("/api/v1/accounts", account(id, "C-" + id, "USD")), 409, "idempotencyConflict", "id");
        }

        @Test
        void a_code_already_taken_by_another_account_is_refused() {
            String id = newId("acc");
            api.post("/api/v1/accounts", account(id, "C-" + id, "EUR"));

            assertProblem(api.post("/api/v1/accounts", account(newId("acc"), "C-" + id, "EUR")), 409,
                    "accountCodeTaken", "code");
        }

        @Test
        void an_account_cannot_take_the_id_of_a_journal_entry() {
            String cash = openAccount("ASSET", "EUR", Map.of());
            String income = openAccount("INCOME", "EUR", Map.of());
            String entryId = newId("je");
            api.post("/api/v1/journal-entries", entry(entryId, List.of(line(cash, "DEBIT", "1.00"), line(income, "CREDIT", "1.00"))));

            assertProblem(api.post("/api/v1/accounts", account(entryId, "C-" + entryId, "EUR")), 409, "idAlreadyUsed", "id");
        }

        @Test
        void a_code_that_is_not_an_iso_currency_is_refused() {
            String id = newId("acc");
            assertProblem(api.post("/api/v1/accounts", account(id, "C-" + id, "XAU")), 400, "unsupportedCurrency",
                    "currency");
        }

        @Test
        void an_unknown_account_type_names_the_field() {
            Map<String, Object> body = account(newId("acc"), "C-x", "EUR");
            body.put("type", "CASH");
            assertProblem(api.post("/api/v1/accounts", body), 400, "malformedRequest", "type");
        }
    }

    @Nested
    class FreezeAccount {
        @Test
        void freezing_an_unknown_account_is_not_found() {
            assertProblem(api.post("/api/v1/accounts/" + newId("nope") + "/freeze", (String) null), 404,
                    "accountNotFound", null);
        }

        @Test
        void a_frozen_account_shows_frozen_in_the_read_model() {
            String id = openAccount("ASSET", "EUR", Map.of());
            Api.Response frozen = api.post("/api/v1/accounts/" + id + "/freeze", Map.of("reason", "fraud check"));

            assertThat(frozen.text("status")).isEqualTo("FROZEN");
            awaitAccount(id, r -> "FROZEN".equals(r.text("status")));
        }
    }

    @Nested
    class FindAccount {
        @Test
        void an_unknown_account_is_a_404_problem() {
            assertProblem(api.get("/api/v1/accounts/" + newId("nope")), 404, "accountNotFound", "id");
        }

        @Test
        void a_page_size_above_the_limit_is_refused() {
            assertProblem(api.get("/api/v1/accounts?pageSize=201"), 400, "invalidField", "pageSize");
        }
    }
}
