package bank.ledger.app.payments;

import static org.assertj.core.api.Assertions.assertThat;

import bank.ledger.app.support.Api;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/**
 * The payment list (filters, keyset pages, its bounds), a batch stored whole or not at all, and a
 * payment's hold that only the payment moves.
 */
class PaymentListAndHoldsIT extends FundedPaymentsTest {
    @Autowired
    JdbcTemplate jdbc;


    @Nested
    class Listing_payments {
        @Test
        void pages_through_one_accounts_payments_oldest_first() {
            List<String> ids = List.of(initiated("1.00"), initiated("2.00"), initiated("3.00"));

            JsonNode first = api.get("/api/v1/payments?accountId=" + customer + "&pageSize=2").body();
            JsonNode second = api.get("/api/v1/payments?accountId=" + customer + "&pageSize=2&after="
                    + first.get("nextAfter").asString()).body();

            assertThat(first.get("items").findValuesAsString("id")).containsExactly(ids.get(0), ids.get(1));
            assertThat(second.get("items").findValuesAsString("id")).containsExactly(ids.get(2));
            assertThat(second.get("nextAfter").isNull()).isTrue();
            assertThat(first.get("items").get(0).get("amount").asString()).isEqualTo("1.00");
        }

        @Test
        void filters_by_status() {
            String batched = initiated("4.00");
            assertThat(flow.batch(newId("batch"), iban).status()).isEqualTo(201);
            flow.awaitPayment(batched, "BATCHED");
            String waiting = initiated("5.00");

            JsonNode page = api.get("/api/v1/payments?accountId=" + customer + "&status=INITIATED").body();

            assertThat(page.get("items").findValuesAsString("id")).containsExactly(waiting);
        }

        @Test
        void a_page_size_beyond_500_or_below_1_is_refused() {
            assertProblem(api.get("/api/v1/payments?pageSize=501"), 400, "invalidField", "pageSize");
            assertProblem(api.get("/api/v1/payments?pageSize=0"), 400, "invalidField", "pageSize");
            assertThat(api.get("/api/v1/payments?pageSize=500").status()).isEqualTo(200);
            assertThat(api.get("/api/v1/payments?pageSize=99999999999999999999").status()).isEqualTo(400);
        }

        @Test
        void an_unknown_status_or_a_forged_cursor_is_refused() {
            assertProblem(api.get("/api/v1/payments?status=PAID"), 400, "invalidField", "status");
            assertProblem(api.get("/api/v1/payments?after=bm90LWEtY3Vyc29y"), 400, "invalidField", "after");
            assertProblem(api.get("/api/v1/payments?after=%00"), 400, "invalidField", "after");
        }

        @Test
        void a_nul_byte_in_the_account_id_is_refused() {
            Api.Response refused = api.get("/api/v1/payments?accountId=" + customer + "%00");

            assertThat(refused.status()).as(refused.raw()).isEqualTo(400);
        }

        @Test
        void a_connector_that_delivers_statements_may_not_list_payments() {
            assertThat(api.as("connector").get("/api/v1/payments").status()).isEqualTo(403);
        }
    }

    @Nested
    class Producing_a_batch {
        @Test
        void that_fails_while_storing_its_items_leaves_no_batch_and_the_same_id_produces_it_whole_later() {
            String id = initiated("6.00");
            String batchId = newId("batch");
            String guard = "it_fail_" + Long.toHexString(System.nanoTime());
            jdbc.execute("create function " + guard + "() returns trigger language plpgsql as $$ begin "
                    + "if new.batch_id = '" + batchId + "' then raise exception 'crash while storing items'; end if; "
                    + "return new; end $$");
            jdbc.execute("create trigger " + guard + " before insert on payment_batch_item for each row execute function "
                    + guard + "()");
            Api.Response failed;
            try {
                failed = flow.batch(batchId, iban);
            } finally {
                jdbc.execute("drop trigger " + guard + " on payment_batch_item");
                jdbc.execute("drop function " + guard + "()");
            }

            assertThat(failed.status()).as(failed.raw()).isGreaterThanOrEqualTo(500);
            assertThat(jdbc.queryForObject("select count(*) from payment_batch where batch_id = ?", Integer.class,
                    batchId)).isZero();
            Api.Response again = flow.batch(batchId, iban);
            assertThat(again.status()).as(again.raw()).isEqualTo(201);
            assertThat(again.body().get("payments").findValuesAsString("paymentId")).containsExactly(id);
            assertThat(jdbc.queryForObject("select count(*) from payment_batch_item where batch_id = ?", Integer.class,
                    batchId)).isEqualTo(1);
        }
    }

    @Nested
    class A_payments_hold {
        @Test
        void cannot_be_posted_or_voided_through_the_journal_api() {
            String id = initiated("7.00");

            assertProblem(api.post("/api/v1/journal-entries/payment~" + id + "/post", "{}"), 409, "heldByPayment",
                    "entryId");
            assertProblem(api.post("/api/v1/journal-entries/payment~" + id + "/void", "{\"reason\":\"x\"}"), 409,
                    "heldByPayment", "entryId");
            awaitEntry("payment~" + id, "PENDING");
        }

        @Test
        void cannot_be_placed_ahead_of_its_payment_nor_reversed_once_posted() {
            String squatted = "payment~" + newId("pay");
            Map<String, Object> hold = new java.util.HashMap<>(entry(squatted,
                    List.of(line(customer, "DEBIT", "1.00"), line(nostro, "CREDIT", "1.00"))));
            hold.put("pending", true);
            assertProblem(api.post("/api/v1/journal-entries", hold), 409, "heldByPayment", "id");

            String id = initiated("8.00");
            assertThat(flow.batch(newId("batch"), iban).status()).isEqualTo(201);
            String messageId = flow.awaitPayment(id, "BATCHED").text("messageId");
            assertThat(flow.deliver(PaymentFlow.statusReport("RPT-" + id.substring(4, 20), messageId, "ACSC"))
                    .status()).isEqualTo(200);
            flow.awaitPayment(id, "ACCEPTED");

            assertProblem(api.post("/api/v1/journal-entries/payment~" + id + "/reverse",
                    Map.of("id", newId("rev"))), 409, "heldByPayment", "entryId");
        }

        @Test
        void moves_with_its_payment_still() {
            String id = initiated("9.00");
            assertThat(flow.batch(newId("batch"), iban).status()).isEqualTo(201);
            String messageId = flow.awaitPayment(id, "BATCHED").text("messageId");

            Api.Response rejected = flow.deliver(PaymentFlow.statusReport("RPT-" + id.substring(4, 20), messageId,
                    "PART", new String[] {"1", "RJCT", "AC04"}));

            assertThat(rejected.body().get("payments").findValuesAsString("outcome")).containsExactly("REJECTED");
            awaitEntry("payment~" + id, "VOIDED");
        }
    }

    private String initiated(String amount) {
        String id = newId("pay");
        Api.Response initiated = flow.initiate(id, customer, iban, amount);
        assertThat(initiated.status()).as(initiated.raw()).isEqualTo(201);
        flow.awaitPayment(id, "INITIATED");
        return id;
    }
}
