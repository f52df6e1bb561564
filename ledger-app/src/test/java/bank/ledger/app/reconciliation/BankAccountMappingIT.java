package bank.ledger.app.reconciliation;

import static org.assertj.core.api.Assertions.assertThat;

import bank.ledger.app.support.Api;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** A bank account mapping names ledger accounts that exist, are open and share its currency. */
class BankAccountMappingIT extends ReconciliationTest {
    private static final String MAPPINGS = "/api/v1/bank-account-mappings";

    @Nested
    class Accepted {
        @Test
        void accounts_opened_a_moment_ago_are_mapped_at_once_without_waiting_for_any_read_model() {
            String ledger = openAccount("ASSET", "EUR", Map.of());
            String suspense = openAccount("LIABILITY", "EUR", Map.of());

            Api.Response mapped = api.post(MAPPINGS, mapping("EUR", ledger, suspense, null));

            assertThat(mapped.status()).as(mapped.raw()).isEqualTo(200);
            assertThat(mapped.text("ledgerAccountId")).isEqualTo(ledger);
        }
    }

    @Nested
    class Refused {
        @Test
        void an_unknown_ledger_account_is_not_found() {
            Api.Response refused = api.post(MAPPINGS, mapping("EUR", newId("missing"), null, null));

            assertProblem(refused, 404, "accountNotFound", "ledgerAccountId");
        }

        @Test
        void a_suspense_account_in_another_currency_is_a_currency_mismatch() {
            String ledger = openAccount("ASSET", "EUR", Map.of());
            String dollars = openAccount("LIABILITY", "USD", Map.of());

            Api.Response refused = api.post(MAPPINGS, mapping("EUR", ledger, dollars, null));

            assertProblem(refused, 422, "currencyMismatch", "suspenseAccountId");
        }

        @Test
        void a_closed_difference_account_is_refused() {
            String ledger = openAccount("ASSET", "EUR", Map.of());
            String fees = openAccount("EXPENSE", "EUR", Map.of());
            Api.Response closed = api.post("/api/v1/accounts/" + fees + "/close", Map.of("reason", "retired"));
            assertThat(closed.status()).as(closed.raw()).isEqualTo(200);

            Api.Response refused = api.post(MAPPINGS, mapping("EUR", ledger, null, fees));

            assertProblem(refused, 422, "accountClosed", "differenceAccountId");
        }

        @Test
        void a_refused_mapping_leaves_the_previous_one_in_force() {
            Bank bank = newBank();
            String dollars = openAccount("ASSET", "USD", Map.of());
            Map<String, Object> remap = mapping("EUR", dollars, null, null);
            remap.put("bankAccount", bank.iban());

            assertProblem(api.post(MAPPINGS, remap), 422, "currencyMismatch", "ledgerAccountId");
            String key = uploadAndAwait(Camt.endOfDay(bank.iban(), newId("st"), DAY).line(100, null, null, "x").bytes());
            assertThat(awaitStatement(key, s -> s.has("ledgerAccountId")).get("ledgerAccountId").asString())
                    .isEqualTo(bank.ledger());
        }
    }

    private static Map<String, Object> mapping(String currency, String ledger, String suspense, String difference) {
        Map<String, Object> body = new HashMap<>(Map.of("bankAccount", "DE" + System.nanoTime(), "currency", currency,
                "ledgerAccountId", ledger));
        if (suspense != null) {
            body.put("suspenseAccountId", suspense);
        }
        if (difference != null) {
            body.put("differenceAccountId", difference);
        }
        return body;
    }
}
