package bank.ledger.app.reconciliation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Reconciliation status, open items with their age, and the statement-to-ledger proof. */
class ReconciliationQueriesIT extends ReconciliationTest {

    @Nested
    class StatementToLedgerProof {
        @Test
        void the_proof_explains_the_difference_between_bank_and_ledger_by_the_open_items() {
            Bank bank = newBank();
            postReceipt(bank, "10.00", DAY, "P1-" + bank.iban());
            postReceipt(bank, "4.00", DAY, "P2-" + bank.iban()); // the bank has not shown this yet
            String key = uploadAndAwait(Camt.endOfDay(bank.iban(), newId("st"), DAY).line(1_000, "P1-" + bank.iban(), null, "a")
                    .line(-250, null, "CHG", "bank charges").bytes());
            awaitLine(key, 1, status("MATCHED"));

            JsonNode proof = awaitGet("/api/v1/reconciliation/statements/" + key + "/proof",
                    p -> "14.00".equals(p.get("ledgerBalance").asString()));

            assertThat(proof.get("bankClosingBalance").asString()).isEqualTo("7.50");
            assertThat(proof.get("difference").asString()).isEqualTo("-6.50");
            assertThat(proof.get("openBankLines").asString()).isEqualTo("-2.50");
            assertThat(proof.get("openLedgerItems").asString()).isEqualTo("4.00");
            assertThat(proof.get("unexplained").asString()).isEqualTo("0.00");
            assertThat(proof.get("reconciled").asBoolean()).isFalse();
        }

    }

    @Nested
    class OpenItems {
        @Test
        void open_items_are_listed_oldest_first_with_their_age_in_pages() {
            Bank bank = newBank();
            String key = uploadAndAwait(Camt.endOfDay(bank.iban(), newId("st"), DAY).line(100, null, null, "a")
                    .line(200, null, null, "b").line(300, null, null, "c").bytes());
            awaitLine(key, 3, status("OPEN"));

            JsonNode first = awaitGet("/api/v1/reconciliation/open-items?pageSize=2&ledgerAccountId=" + bank.ledger(),
                    p -> p.get("items").size() == 2);
            JsonNode second = api.get("/api/v1/reconciliation/open-items?pageSize=2&ledgerAccountId=" + bank.ledger()
                    + "&after=" + first.get("next").asString()).body();

            assertThat(first.get("items").findValuesAsString("amount")).containsExactly("1.00", "2.00");
            assertThat(second.get("items").findValuesAsString("amount")).containsExactly("3.00");
            assertThat(second.get("next").isNull()).isTrue();
            assertThat(first.get("items").get(0).get("ageDays").asLong()).isPositive();
        }

        @Test
        void a_page_larger_than_the_maximum_is_refused() {
            assertProblem(api.get("/api/v1/reconciliation/open-items?pageSize=501&ledgerAccountId=x"), 400, "invalidField",
                    "pageSize");
        }

    }

    @Nested
    class StatementStatus {
        @Test
        void an_unknown_statement_is_not_found() {
            assertProblem(api.get("/api/v1/reconciliation/statements/stmt-unknown"), 404, "statementNotFound", "statementKey");
        }
    }
}
