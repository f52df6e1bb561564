package bank.ledger.app.payments;

import static org.assertj.core.api.Assertions.assertThat;

import bank.ledger.app.support.Api;
import com.prowidesoftware.swift.model.mx.MxPain00100109;
import com.prowidesoftware.swift.model.mx.dic.CreditTransferTransaction34;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Payments out over the API: a hold per payment, a pain.001 batch, the bank's pain.002 posting one hold and
 * voiding another, statuses and history from the read model, and the attacks on each endpoint.
 */
class PaymentsIT extends FundedPaymentsTest {


    @Nested
    class Initiating {
        @Test
        void places_a_hold_on_the_paying_account_and_answers_the_same_payment_to_a_retry() {
            String id = newId("pay");
            Api.Response first = flow.initiate(id, customer, iban, "60.00");
            Api.Response again = flow.initiate(id, customer, iban, "60.00");

            assertThat(first.status()).as(first.raw()).isEqualTo(201);
            assertThat(first.text("status")).isEqualTo("INITIATED");
            assertThat(first.text("holdEntryId")).isEqualTo("payment~" + id);
            assertThat(again.status()).as(again.raw()).isEqualTo(200);
            assertThat(again.body().get("replayed").asBoolean()).isTrue();
            awaitAccount(customer, a -> "40.00".equals(a.text("available")) && "60.00".equals(a.text("debitsPending")));
        }

        @Test
        void more_than_the_available_funds_is_refused_with_the_ledgers_own_code_and_holds_nothing() {
            Api.Response refused = flow.initiate(newId("pay"), customer, iban, "100.01");

            assertProblem(refused, 422, "exceedsCredits", "accountId");
        }

        @Test
        void the_same_id_with_another_amount_is_a_conflict() {
            String id = newId("pay");
            flow.initiate(id, customer, iban, "1.00");

            assertProblem(flow.initiate(id, customer, iban, "2.00"), 409, "idempotencyConflict", "paymentId");
        }

        @Test
        void a_creditor_iban_with_wrong_check_digits_is_refused() {
            Map<String, Object> body = flow.request(newId("pay"), customer, iban, "1.00");
            body.put("creditor", Map.of("name", "Supplier", "iban", "DE03100100109307118603"));

            assertProblem(api.post("/api/v1/payments", body), 400, "invalidIban", "creditor.iban");
        }

        @Test
        void a_debtor_bank_account_no_mapping_knows_is_refused() {
            assertProblem(flow.initiate(newId("pay"), customer, PaymentFlow.freshIban(), "1.00"), 422,
                    "bankAccountNotMapped", "debtor.iban");
        }

        @Test
        void a_name_with_a_nul_byte_is_refused() {
            Map<String, Object> body = flow.request(newId("pay"), customer, iban, "1.00");
            body.put("creditor", Map.of("name", "Evil\u0000Corp", "iban", PaymentFlow.CREDITOR_IBAN));

            assertProblem(api.post("/api/v1/payments", body), 400, "invalidText", "creditor.name");
        }

        @Test
        void an_auditor_may_read_but_not_initiate() {
            Api.Response refused = api.as("auditor").post("/api/v1/payments",
                    flow.request(newId("pay"), customer, iban, "1.00"));

            assertThat(refused.status()).isEqualTo(403);
        }

        @Test
        void an_unknown_payment_is_not_found() {
            assertProblem(api.get("/api/v1/payments/" + newId("nope")), 404, "paymentNotFound", "paymentId");
        }
    }

    @Nested
    class The_round_trip_with_the_bank {
        @Test
        void a_batch_then_a_status_report_posts_the_accepted_hold_and_voids_the_rejected_one() throws Exception {
            String accepted = newId("pay");
            String rejected = newId("pay");
            assertThat(flow.initiate(accepted, customer, iban, "30.00").status()).isEqualTo(201);
            assertThat(flow.initiate(rejected, customer, iban, "20.00").status()).isEqualTo(201);
            flow.awaitPayment(accepted, "INITIATED");
            flow.awaitPayment(rejected, "INITIATED");

            String batchId = newId("batch");
            Api.Response batch = flow.batch(batchId, iban);
            assertThat(batch.status()).as(batch.raw()).isEqualTo(201);
            assertThat(flow.batch(batchId, iban).status()).as("the same batch id again").isEqualTo(200);
            String messageId = batch.text("messageId");
            Map<String, String> instructions = instructionsByPayment(batch.body());
            assertThat(instructions).containsOnlyKeys(accepted, rejected);

            Api.Response file = api.get("/api/v1/payment-batches/" + batchId + "/file");
            assertThat(file.status()).isEqualTo(200);
            assertThat(api.get("/api/v1/payment-batches/" + batchId + "/file").raw()).isEqualTo(file.raw());
            List<CreditTransferTransaction34> transfers = MxPain00100109.parse(file.raw()).getCstmrCdtTrfInitn()
                    .getPmtInf().get(0).getCdtTrfTxInf();
            assertThat(transfers).extracting(t -> t.getAmt().getInstdAmt().getValue().toPlainString())
                    .containsExactlyInAnyOrder("30.00", "20.00");
            assertThat(MxPain00100109.parse(file.raw()).getCstmrCdtTrfInitn().getGrpHdr().getMsgId()).isEqualTo(messageId);

            Api.Response applied = flow.deliver(PaymentFlow.statusReport("RPT-" + batchId.substring(6, 20), messageId,
                    "PART", new String[] {instructions.get(accepted), "ACSC"},
                    new String[] {instructions.get(rejected), "RJCT", "AC04"}));
            assertThat(applied.status()).as(applied.raw()).isEqualTo(200);

            JsonNode first = flow.awaitPayment(accepted, "ACCEPTED").body();
            JsonNode second = flow.awaitPayment(rejected, "REJECTED").body();
            assertThat(second.get("reasonCode").asString()).isEqualTo("AC04");
            assertThat(first.get("history").findValuesAsString("event"))
                    .containsExactly("PaymentInitiated", "PaymentBatched", "PaymentAccepted");
            assertThat(second.get("history").findValuesAsString("event"))
                    .containsExactly("PaymentInitiated", "PaymentBatched", "PaymentRejected");
            awaitEntry("payment~" + accepted, "POSTED");  // the entries' read model, not the payments'
            awaitEntry("payment~" + rejected, "VOIDED");
            awaitAccount(customer, a -> "70.00".equals(a.text("available")) && "0.00".equals(a.text("debitsPending")));

            Api.Response twice = flow.deliver(PaymentFlow.statusReport("RPT-2", messageId, "ACCP"));
            assertThat(twice.body().get("payments").findValuesAsString("outcome"))
                    .as("the rejected payment stays rejected").containsExactlyInAnyOrder("ACCEPTED", "REFUSED");
        }

        @Test
        void a_status_report_for_a_message_never_sent_is_refused() {
            assertProblem(flow.deliver(PaymentFlow.statusReport("RPT-X", "M-never-sent", "ACCP")), 422,
                    "unknownPaymentMessage", "OrgnlMsgId");
        }

        @Test
        void a_status_report_with_an_external_entity_is_refused_unread() {
            String xxe = "<?xml version=\"1.0\"?><!DOCTYPE d [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
                    + "<Document xmlns=\"urn:iso:std:iso:20022:tech:xsd:pain.002.001.10\">&x;</Document>";

            assertProblem(flow.deliver(xxe), 400, "statusReportUnreadable", "file");
        }

        @Test
        void nothing_to_batch_is_refused() {
            assertProblem(flow.batch(newId("batch"), PaymentFlow.freshIban()), 422, "noPaymentToBatch", "debtorIban");
        }

        @Test
        void a_status_report_over_its_10_MiB_limit_is_refused_413_unread() {
            byte[] huge = new byte[10 * 1024 * 1024 + 1];
            java.util.Arrays.fill(huge, (byte) ' ');

            Api.Response refused = api.postBytes("/api/v1/payment-status-reports", huge,
                    Map.of("Content-Type", "application/xml"));

            assertThat(refused.status()).as(refused.raw()).isEqualTo(413);
            assertThat(refused.text("code")).isEqualTo("bodyTooLarge");
        }

        @Test
        void an_integrator_without_statement_delivery_cannot_deliver_a_status_report() {
            Api.Response refused = api.as("auditor").postBytes("/api/v1/payment-status-reports",
                    "<x/>".getBytes(), Map.of("Content-Type", "application/xml"));

            assertThat(refused.status()).isEqualTo(403);
        }
    }

    private static Map<String, String> instructionsByPayment(JsonNode batch) {
        Map<String, String> byPayment = new java.util.HashMap<>();
        batch.get("payments").forEach(p -> byPayment.put(p.get("paymentId").asString(), p.get("instructionId").asString()));
        return byPayment;
    }
}
