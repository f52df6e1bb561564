package bank.ledger.app.reconciliation;

import static org.assertj.core.api.Assertions.assertThat;

import bank.ledger.app.support.Api;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/** Which ledger postings the rules may match: posted holds yes, pending or voided ones and reversed pairs no. */
class ReconciliationCandidatesIT extends ReconciliationTest {
    private static final String LEDGER_ITEMS = "/api/v1/admin/projections/reconciliation-ledger-items";
    @Autowired
    JdbcTemplate jdbc;
    @Nested
    class Holds {
        @Test
        void a_hold_posted_in_part_is_matched_by_its_posted_amount() {
            Bank bank = newBank();
            String hold = hold(bank, "80.00");
            Api.Response posted = api.post("/api/v1/journal-entries/" + hold + "/post", Map.of("effectiveDate", DAY,
                    "postings", List.of(line(bank.ledger(), "DEBIT", "65.00"), line(bank.other(), "CREDIT", "65.00"))));
            assertThat(posted.status()).as(posted.raw()).isEqualTo(200);

            String key = uploadAndAwait(Camt.endOfDay(bank.iban(), newId("st"), DAY).line(6_500, null, null, "card").bytes());

            JsonNode line = awaitLine(key, 1, status("MATCHED"));
            assertThat(line.get("rule").asString()).isEqualTo("amount-date");
            JsonNode item = line.get("items").get(0);
            assertThat(item.get("entryId").asString()).isEqualTo(hold);
            // the hold held the bank account second; the posted part names it first
            assertThat(item.get("postingIndex").asInt()).isZero();
            assertThat(item.get("signedMinor").asLong()).isEqualTo(6_500);
        }

        @Test
        void a_voided_hold_and_a_hold_not_yet_posted_are_no_candidates() {
            Bank bank = newBank();
            String voided = hold(bank, "30.00");
            assertThat(api.post("/api/v1/journal-entries/" + voided + "/void", Map.of("reason", "cancelled")).status())
                    .isEqualTo(200);
            hold(bank, "40.00");
            String receipt = postReceipt(bank, "50.00", DAY, null);
            awaitLedgerItemsCaughtUp();

            String key = uploadAndAwait(Camt.endOfDay(bank.iban(), newId("st"), DAY).line(3_000, null, null, "a")
                    .line(4_000, null, null, "b").line(5_000, null, null, "c").bytes());

            assertThat(awaitLine(key, 3, status("MATCHED")).get("items").get(0).get("entryId").asString()).isEqualTo(receipt);
            assertThat(awaitLine(key, 1, line -> true).get("status").asString()).isEqualTo("OPEN");
            assertThat(awaitLine(key, 2, line -> true).get("status").asString()).isEqualTo("OPEN");
        }

        @Test
        void a_rebuild_gives_a_posted_hold_back_the_text_it_was_projected_without() {
            Bank bank = newBank();
            String hold = hold(bank, "12.00");
            assertThat(api.post("/api/v1/journal-entries/" + hold + "/post", (String) null).status()).isEqualTo(200);
            awaitLedgerItemsCaughtUp();
            // what a hold recorded before migration V4_2 and posted after it looks like
            jdbc.update("update recon_ledger_item set description = null where entry_id = ?", hold);

            Api.Response started = api.post(LEDGER_ITEMS + "/rebuild", (String) null);

            assertThat(started.status()).as(started.raw()).isEqualTo(202);
            awaitGet(LEDGER_ITEMS, processor -> processor.get("rebuild").get("caughtUp").asBoolean());
            assertThat(jdbc.queryForList("select description from recon_ledger_item where entry_id = ?", String.class,
                    hold)).containsExactly("card authorisation", "card authorisation");
        }
    }

    @Nested
    class Reversals {
        @Test
        void a_line_matches_the_correct_re_posting_not_the_reversed_mistake() {
            Bank bank = newBank();
            String mistake = postReceipt(bank, "21.00", DAY, null);
            Api.Response reversal = api.post("/api/v1/journal-entries/" + mistake + "/reverse",
                    Map.of("id", newId("rev"), "effectiveDate", DAY));
            assertThat(reversal.status()).as(reversal.raw()).isEqualTo(201);
            String corrected = postReceipt(bank, "21.00", DAY, null);
            // with the mistake still a candidate, the two equal postings on the same day would be ambiguous
            awaitLedgerItemsCaughtUp();

            String key = uploadAndAwait(Camt.endOfDay(bank.iban(), newId("st"), DAY).line(2_100, null, null, "x").bytes());

            JsonNode line = awaitLine(key, 1, status("MATCHED"));
            assertThat(line.get("rule").asString()).isEqualTo("amount-date");
            assertThat(line.get("items").get(0).get("entryId").asString()).isEqualTo(corrected);
        }

        @Test
        void a_reversal_is_not_matched_to_a_bank_line_of_its_amount() {
            Bank bank = newBank();
            String mistake = postReceipt(bank, "33.00", DAY, null);
            api.post("/api/v1/journal-entries/" + mistake + "/reverse", Map.of("id", newId("rev"), "effectiveDate", DAY));
            String refund = postRefund(bank, "33.00");
            awaitLedgerItemsCaughtUp();

            String key = uploadAndAwait(Camt.endOfDay(bank.iban(), newId("st"), DAY).line(-3_300, null, null, "x").bytes());

            assertThat(awaitLine(key, 1, status("MATCHED")).get("items").get(0).get("entryId").asString()).isEqualTo(refund);
        }
    }

    /** A hold of money in on the bank account, the bank account named second. */
    private String hold(Bank bank, String amount) {
        String id = newId("hold");
        Api.Response held = api.post("/api/v1/journal-entries", Map.of("id", id, "effectiveDate", DAY,
                "description", "card authorisation", "pending", true,
                "postings", List.of(line(bank.other(), "CREDIT", amount), line(bank.ledger(), "DEBIT", amount))));
        assertThat(held.status()).as(held.raw()).isEqualTo(201);
        return id;
    }

    /** Money out of the bank account (ledger credit). */
    private String postRefund(Bank bank, String amount) {
        String id = newId("je");
        Api.Response posted = api.post("/api/v1/journal-entries", Map.of("id", id, "effectiveDate", DAY,
                "description", "refund", "postings", List.of(line(bank.ledger(), "CREDIT", amount),
                        line(bank.other(), "DEBIT", amount))));
        assertThat(posted.status()).as(posted.raw()).isEqualTo(201);
        return id;
    }
}
