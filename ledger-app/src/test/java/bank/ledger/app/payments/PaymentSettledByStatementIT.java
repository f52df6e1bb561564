package bank.ledger.app.payments;

import static org.assertj.core.api.Assertions.assertThat;

import bank.ledger.app.reconciliation.Camt;
import bank.ledger.app.support.Api;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * A bank statement's debit line settles the payment it names (end-to-end id, amount, currency, the
 * bank account the payment left from): the hold is posted when no status report did, the line is matched
 * to the hold by rule "payment"; the same debit on a second statement settles nothing twice; another
 * amount, or another bank account's statement, settles nothing.
 */
class PaymentSettledByStatementIT extends FundedPaymentsTest {
    private static final String DAY = "2026-12-03";
    private String other;

    @BeforeEach
    void anotherLiability() {
        other = openAccount("LIABILITY", "EUR", Map.of());
    }

    @Nested
    class A_matching_debit_line {
        @Test
        void settles_a_batched_payment_posts_its_hold_and_is_matched_to_it() {
            String id = batchedPayment("30.00");

            String key = upload(Camt.endOfDay(iban, newId("st"), DAY).line(-3_000, e2e(id), "BANKREF-1", "Supplier"));

            JsonNode line = awaitLine(key, 1, l -> "MATCHED".equals(l.get("status").asString()));
            assertThat(line.get("rule").asString()).isEqualTo("payment");
            assertThat(line.get("items").get(0).get("entryId").asString()).isEqualTo("payment~" + id);
            JsonNode payment = flow.awaitPayment(id, "SETTLED").body();
            assertThat(payment.get("history").findValuesAsString("event"))
                    .containsExactly("PaymentInitiated", "PaymentBatched", "PaymentSettled");
            JsonNode settled = payment.get("history").get(2);
            assertThat(settled.get("statementKey").asString()).isEqualTo(key);
            assertThat(settled.get("lineNo").asInt()).isEqualTo(1);
            Awaitility.await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(100)).until(() ->
                    "POSTED".equals(api.get("/api/v1/journal-entries/payment~" + id).text("status")));
            awaitAccount(customer, a -> "70.00".equals(a.text("available")) && "0.00".equals(a.text("debitsPending")));
        }

        @Test
        void settles_a_payment_the_bank_accepted_and_is_matched_to_its_posted_hold() {
            String id = batchedPayment("12.34");
            String messageId = api.get("/api/v1/payments/" + id).text("messageId");
            Api.Response accepted = flow.deliver(PaymentFlow.statusReport("RPT-" + id.substring(4, 20), messageId,
                    "ACSC"));
            assertThat(accepted.status()).as(accepted.raw()).isEqualTo(200);
            flow.awaitPayment(id, "ACCEPTED");

            String key = upload(Camt.endOfDay(iban, newId("st"), DAY).line(-1_234, e2e(id), null, "Supplier"));

            JsonNode line = awaitLine(key, 1, l -> "MATCHED".equals(l.get("status").asString()));
            assertThat(line.get("rule").asString()).isEqualTo("payment");
            assertThat(line.get("items").get(0).get("entryId").asString()).isEqualTo("payment~" + id);
            assertThat(flow.awaitPayment(id, "SETTLED").body().get("history").findValuesAsString("event"))
                    .containsExactly("PaymentInitiated", "PaymentBatched", "PaymentAccepted", "PaymentSettled");
        }

        @Test
        void of_an_mt940_naming_the_payment_by_its_sepa_eref_settles_it() {
            String id = batchedPayment("12.50");
            String mt940 = ":20:" + newId("mt").substring(3, 19) + "\r\n:25:" + iban + "\r\n:28C:7/1\r\n"
                    + ":60F:C261202EUR100,00\r\n:61:2612031203D12,50NTRFNONREF//BANKREF\r\n"
                    + ":86:/EREF/" + e2e(id) + "/REMI/Invoice\r\n:62F:C261203EUR87,50\r\n-";

            Api.Response response = api.postBytes("/api/v1/statements", mt940.getBytes(), Map.of());
            assertThat(response.status()).as(response.raw()).isIn(200, 202);
            String key = response.body().get("statements").get(0).get("statementKey").asString();

            JsonNode line = awaitLine(key, 1, l -> "MATCHED".equals(l.get("status").asString()));
            assertThat(line.get("rule").asString()).isEqualTo("payment");
            flow.awaitPayment(id, "SETTLED");
        }

        @Test
        void on_a_second_statement_settles_and_matches_nothing_twice() {
            String id = batchedPayment("5.00");
            String first = upload(Camt.endOfDay(iban, newId("st"), DAY).line(-500, e2e(id), null, "Supplier"));
            awaitLine(first, 1, l -> "MATCHED".equals(l.get("status").asString()));
            flow.awaitPayment(id, "SETTLED");
            String receipt = receipt("7.77");

            // the same debit again, and a receipt the reference rule matches: once line 2 is matched, the engine
            // has been over line 1
            String second = upload(Camt.endOfDay(iban, newId("st"), DAY).line(-500, e2e(id), null, "Supplier")
                    .line(777, null, receipt, "receipt"));

            awaitLine(second, 2, l -> "MATCHED".equals(l.get("status").asString()));
            assertThat(awaitLine(second, 1, l -> true).get("status").asString()).isEqualTo("OPEN");
            assertThat(api.get("/api/v1/payments/" + id).body().get("history").findValuesAsString("event"))
                    .containsExactly("PaymentInitiated", "PaymentBatched", "PaymentSettled");
        }
    }

    @Nested
    class A_line_that_does_not_fit {
        @Test
        void with_another_amount_is_left_to_a_person_with_a_warning_and_settles_nothing() {
            String id = batchedPayment("20.00");

            String key = upload(Camt.endOfDay(iban, newId("st"), DAY).line(-1_999, e2e(id), null, "Supplier"));

            JsonNode line = awaitLine(key, 1, l -> l.has("reviewReason"));
            assertThat(line.get("reviewReason").asString()).isEqualTo("paymentAmountMismatch");
            assertThat(line.get("warnings").findValuesAsString("code")).contains("paymentAmountMismatch");
            assertThat(line.get("status").asString()).isEqualTo("OPEN");
            assertThat(api.get("/api/v1/payments/" + id).text("status")).isEqualTo("BATCHED");
            assertThat(api.get("/api/v1/journal-entries/payment~" + id).text("status")).isNotEqualTo("POSTED");
        }

        @Test
        void on_another_bank_accounts_statement_settles_nothing() {
            String id = batchedPayment("9.00");
            String otherNostro = openAccount("ASSET", "EUR", Map.of());
            String otherIban = flow.mapBankAccount(otherNostro);
            String receipt = receiptOn(otherNostro, "3.33");

            String key = upload(Camt.endOfDay(otherIban, newId("st"), DAY).line(-900, e2e(id), null, "Supplier")
                    .line(333, null, receipt, "receipt"));

            awaitLine(key, 2, l -> "MATCHED".equals(l.get("status").asString()));
            assertThat(awaitLine(key, 1, l -> true).get("status").asString()).isEqualTo("OPEN");
            assertThat(api.get("/api/v1/payments/" + id).text("status")).isEqualTo("BATCHED");
        }
    }

    /** A payment of the customer, in a pain.001 batch of its own, as the read model shows it. */
    private String batchedPayment(String amount) {
        String id = newId("pay");
        Api.Response initiated = flow.initiate(id, customer, iban, amount);
        assertThat(initiated.status()).as(initiated.raw()).isEqualTo(201);
        flow.awaitPayment(id, "INITIATED");
        Api.Response batch = flow.batch(newId("batch"), iban);
        assertThat(batch.status()).as(batch.raw()).isEqualTo(201);
        flow.awaitPayment(id, "BATCHED");
        return id;
    }

    private String e2e(String paymentId) {
        return flow.request(paymentId, customer, iban, "1.00").get("endToEndId").toString();
    }

    /** Money in on the nostro, an entry the reference rule matches by its id. */
    private String receipt(String amount) {
        return receiptOn(nostro, amount);
    }

    private String receiptOn(String bankLedgerAccount, String amount) {
        String id = newId("je");
        Api.Response posted = api.post("/api/v1/journal-entries", Map.of("id", id, "effectiveDate", DAY,
                "description", "receipt", "postings", List.of(line(bankLedgerAccount, "DEBIT", amount),
                        line(other, "CREDIT", amount))));
        assertThat(posted.status()).as(posted.raw()).isEqualTo(201);
        return id;
    }

    private String upload(Camt statement) {
        Api.Response response = api.postBytes("/api/v1/statements", statement.bytes(), Map.of());
        assertThat(response.status()).as(response.raw()).isIn(200, 202);
        return response.body().get("statements").get(0).get("statementKey").asString();
    }

    private JsonNode awaitLine(String key, int lineNo, Predicate<JsonNode> condition) {
        JsonNode[] line = new JsonNode[1];
        Awaitility.await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200)).until(() -> {
            Api.Response page = api.get("/api/v1/reconciliation/statements/" + key + "/lines?after=" + (lineNo - 1)
                    + "&pageSize=1");
            if (page.status() != 200 || page.body().get("items").isEmpty()) {
                return false;
            }
            line[0] = page.body().get("items").get(0);
            return line[0].get("lineNo").asInt() == lineNo && condition.test(line[0]);
        });
        return line[0];
    }
}
