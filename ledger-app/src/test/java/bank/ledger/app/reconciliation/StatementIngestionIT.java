package bank.ledger.app.reconciliation;

import static org.assertj.core.api.Assertions.assertThat;

import bank.ledger.app.support.Api;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Uploading statements: recorded once as events, with progress, whatever is delivered twice. */
class StatementIngestionIT extends ReconciliationTest {

    @Nested
    class Upload {
        @Test
        void a_statement_is_recorded_with_all_its_lines_and_its_progress_reaches_complete() {
            Bank bank = newBank();
            byte[] file = Camt.endOfDay(bank.iban(), newId("st"), DAY).line(10_000, "E2E-1", "R1", "first")
                    .line(-2_550, null, "R2", "second").line(70, null, "R3", "third").bytes();

            Api.Response response = upload(file);

            assertThat(response.status()).as(response.raw()).isEqualTo(202);
            JsonNode receipt = response.body().get("statements").get(0);
            assertThat(receipt.get("lineCount").asInt()).isEqualTo(3);
            assertThat(receipt.get("duplicate").asBoolean()).isFalse();
            String key = receipt.get("statementKey").asString();
            JsonNode statement = awaitStatement(key, s -> s.has("lines") && s.get("import").get("linesDone").asInt() == 3);
            assertThat(statement.get("import").get("status").asString()).isEqualTo("COMPLETE");
            assertThat(statement.get("closingBalance").asString()).isEqualTo("75.20");
            JsonNode second = awaitLine(key, 2, line -> true);
            assertThat(second.get("amount").asString()).isEqualTo("-25.50");
            assertThat(second.get("reference").asString()).isEqualTo("R2");
        }

        @Test
        void the_same_statement_delivered_twice_is_recorded_once_and_answers_the_first_key() {
            Bank bank = newBank();
            byte[] file = Camt.endOfDay(bank.iban(), newId("st"), DAY).line(500, null, "R1", "one").bytes();
            String key = uploadAndAwait(file);

            Api.Response again = upload(file);

            assertThat(again.status()).as(again.raw()).isEqualTo(200);
            assertThat(again.body().get("statements").get(0).get("statementKey").asString()).isEqualTo(key);
            assertThat(again.body().get("statements").get(0).get("duplicate").asBoolean()).isTrue();
            // the statement's row is projected before its lines: wait for the line, not just the statement
            JsonNode status = awaitStatement(key, s -> s.has("lines") && s.get("lines").has("OPEN"));
            assertThat(status.get("lines").get("OPEN").get("count").asInt()).isEqualTo(1);
        }

        @Test
        void the_same_statement_id_with_other_lines_is_an_idempotency_conflict() {
            Bank bank = newBank();
            String id = newId("st");
            uploadAndAwait(Camt.endOfDay(bank.iban(), id, DAY).line(500, null, "R1", "one").bytes());

            Api.Response changed = upload(Camt.endOfDay(bank.iban(), id, DAY).line(500, null, "R1-other", "one").bytes());

            assertProblem(changed, 409, "idempotencyConflict", null);
        }

        @Test
        void a_statement_of_an_unmapped_bank_account_is_refused_and_nothing_is_recorded() {
            byte[] file = Camt.endOfDay("DE00UNMAPPED" + System.nanoTime(), newId("st"), DAY).line(1, null, "R", "x").bytes();

            assertProblem(upload(file), 422, "bankAccountNotMapped", "account");
        }

        @Test
        void a_file_that_is_not_a_statement_is_refused_with_its_line() {
            Api.Response refused = upload("<Document><unclosed>".getBytes(StandardCharsets.UTF_8));

            assertProblem(refused, 400, "noStatementFound", "file");
            assertThat(refused.text("detail")).contains("line");
        }

        @Test
        void a_csv_file_needs_a_built_in_profile_and_never_a_path() {
            Api.Response refused = api.postBytes("/api/v1/statements?profile=/etc/passwd", "a,b\n".getBytes(), Map.of());

            assertProblem(refused, 400, "invalidField", "profile");
        }

        @Test
        void an_empty_body_is_refused() {
            assertProblem(api.postBytes("/api/v1/statements", new byte[0], Map.of()), 400, "noStatementFound", "file");
        }
    }

    @Nested
    class IntradayReports {
        @Test
        void the_end_of_day_statement_retires_the_intraday_report_and_only_its_lines_are_reconciled() {
            Bank bank = newBank();
            String entry = postReceipt(bank, "40.00", DAY, "E2E-" + bank.iban());
            String intraday = uploadAndAwait(Camt.intraday(bank.iban(), newId("rpt"), DAY)
                    .line(4_000, "E2E-" + bank.iban(), "R1", "payment").bytes());
            awaitLine(intraday, 1, status("MATCHED"));

            String endOfDay = uploadAndAwait(Camt.endOfDay(bank.iban(), newId("st"), DAY)
                    .line(4_000, "E2E-" + bank.iban(), "R1", "payment").line(-100, null, "FEE", "fee").bytes());

            JsonNode retired = awaitStatement(intraday, s -> s.has("supersededBy") && !s.get("supersededBy").isNull());
            assertThat(retired.get("supersededBy").asString()).isEqualTo(endOfDay);
            assertThat(awaitLine(intraday, 1, status("RETIRED")).get("items")).isEmpty();
            JsonNode matched = awaitLine(endOfDay, 1, status("MATCHED"));
            assertThat(matched.get("items").get(0).get("entryId").asString()).isEqualTo(entry);
            JsonNode account = awaitGet("/api/v1/reconciliation/accounts/" + bank.ledger(), a -> a.get("lines").has("RETIRED"));
            assertThat(account.get("lines").get("MATCHED").get("count").asInt()).isEqualTo(1);
            assertThat(account.get("lines").get("OPEN").get("count").asInt()).isEqualTo(1);
        }

        @Test
        void an_intraday_report_arriving_after_its_day_closed_is_recorded_but_retired_at_once() {
            Bank bank = newBank();
            String endOfDay = uploadAndAwait(Camt.endOfDay(bank.iban(), newId("st"), DAY).line(300, null, "R", "x").bytes());

            Api.Response late = upload(Camt.intraday(bank.iban(), newId("rpt"), DAY).line(300, null, "R", "x").bytes());

            assertThat(late.status()).isEqualTo(202);
            assertThat(late.body().get("statements").get(0).get("supersededBy").asString()).isEqualTo(endOfDay);
            String key = late.body().get("statements").get(0).get("statementKey").asString();
            awaitLine(key, 1, status("RETIRED"));
        }
    }
}
