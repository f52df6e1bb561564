package bank.ledger.app.reconciliation;

import static org.assertj.core.api.Assertions.assertThat;

import bank.ledger.app.support.Api;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** From upload through the rule book and people's decisions to the resulting journal entries. */
class ReconciliationIT extends ReconciliationTest {

    @Nested
    class Rules {
        @Test
        void a_line_is_matched_to_the_posting_with_its_end_to_end_id_by_the_reference_rule() {
            Bank bank = newBank();
            postReceipt(bank, "99.00", "2026-11-02", null); // same amount, other day: a decoy for the date rule
            String entry = postReceipt(bank, "99.00", "2026-10-01", "E2E-" + bank.iban());
            String key = uploadAndAwait(Camt.endOfDay(bank.iban(), newId("st"), DAY)
                    .line(9_900, "E2E-" + bank.iban(), "R1", "invoice 7").bytes());

            JsonNode line = awaitLine(key, 1, status("MATCHED"));

            assertThat(line.get("rule").asString()).isEqualTo("reference");
            assertThat(line.get("score").asInt()).isEqualTo(100);
            assertThat(line.get("items").get(0).get("entryId").asString()).isEqualTo(entry);
            assertThat(line.get("decidedBy").asString()).isEqualTo("engine");
        }

        @Test
        void a_line_without_reference_is_matched_to_the_same_amount_within_the_date_window() {
            Bank bank = newBank();
            postReceipt(bank, "12.34", "2026-11-10", null); // outside the 3-day window
            String near = postReceipt(bank, "12.34", "2026-11-18", null);
            String key = uploadAndAwait(Camt.endOfDay(bank.iban(), newId("st"), DAY).line(1_234, null, null, "x").bytes());

            JsonNode line = awaitLine(key, 1, status("MATCHED"));

            assertThat(line.get("rule").asString()).isEqualTo("amount-date");
            assertThat(line.get("score").asInt()).isEqualTo(70);
            assertThat(line.get("items").get(0).get("entryId").asString()).isEqualTo(near);
        }

        @Test
        void two_equally_near_postings_of_the_same_amount_are_ambiguous_and_the_line_stays_open() {
            Bank bank = newBank();
            postReceipt(bank, "5.00", "2026-11-19", null);
            postReceipt(bank, "5.00", "2026-11-21", null);
            String later = postReceipt(bank, "7.00", DAY, null);
            String key = uploadAndAwait(Camt.endOfDay(bank.iban(), newId("st"), DAY).line(500, null, null, "a")
                    .line(700, null, null, "b").bytes());

            assertThat(awaitLine(key, 2, status("MATCHED")).get("items").get(0).get("entryId").asString()).isEqualTo(later);
            assertThat(awaitLine(key, 1, line -> true).get("status").asString()).isEqualTo("OPEN");
        }

        @Test
        void one_line_is_matched_to_several_postings_under_its_reference_when_they_sum_to_it() {
            Bank bank = newBank();
            String e2e = "E2E-split-" + bank.iban();
            String first = postReceipt(bank, "100.00", DAY, e2e);
            String second = postReceipt(bank, "50.00", DAY, e2e);
            String key = uploadAndAwait(Camt.endOfDay(bank.iban(), newId("st"), DAY).line(15_000, e2e, null, "x").bytes());

            JsonNode line = awaitLine(key, 1, status("MATCHED"));

            assertThat(line.get("score").asInt()).isEqualTo(95);
            assertThat(line.get("items").findValuesAsString("entryId")).containsExactlyInAnyOrder(first, second);
        }

        @Test
        void a_bank_fee_within_tolerance_is_matched_and_posted_to_the_difference_account() {
            Bank bank = newBank();
            String entry = postReceipt(bank, "100.00", DAY, "FEE-" + bank.iban());
            String key = uploadAndAwait(Camt.endOfDay(bank.iban(), newId("st"), DAY)
                    .line(9_950, "FEE-" + bank.iban(), null, "transfer less charges").bytes());

            JsonNode line = awaitLine(key, 1, status("MATCHED"));

            assertThat(line.get("rule").asString()).isEqualTo("tolerance");
            assertThat(line.get("score").asInt()).isEqualTo(80);
            assertThat(line.get("items").get(0).get("entryId").asString()).isEqualTo(entry);
            JsonNode difference = awaitGet("/api/v1/journal-entries/" + line.get("differenceEntryId").asString(), e -> true);
            assertThat(difference.get("postings").findValuesAsString("accountId")).containsExactlyInAnyOrder(bank.ledger(),
                    bank.fees());
            awaitAccount(bank.fees(), a -> "0.50".equals(a.text("debitsPosted")));
            assertThat(awaitAccount(bank.ledger(), a -> "0.50".equals(a.text("creditsPosted"))).text("balance"))
                    .isEqualTo("99.50");
        }

        @Test
        void a_tie_on_amount_and_date_is_settled_by_counterparty_and_text() {
            Bank bank = newBank();
            String acme = postReceipt(bank, "5.00", "2026-11-19", null, "ACME GmbH invoice 2026-117");
            postReceipt(bank, "5.00", "2026-11-21", null, "Globex refund");
            String key = uploadAndAwait(Camt.endOfDay(bank.iban(), newId("st"), DAY)
                    .line(500, null, null, "ACME invoice 2026-117").bytes());

            JsonNode line = awaitLine(key, 1, status("MATCHED"));

            assertThat(line.get("rule").asString()).isEqualTo("similarity");
            assertThat(line.get("items").get(0).get("entryId").asString()).isEqualTo(acme);
        }

        @Test
        void a_posting_entered_after_the_statement_still_finds_its_open_line() {
            Bank bank = newBank();
            String key = uploadAndAwait(Camt.endOfDay(bank.iban(), newId("st"), DAY)
                    .line(2_500, "LATE-" + bank.iban(), null, "x").bytes());
            awaitLine(key, 1, status("OPEN"));

            String entry = postReceipt(bank, "25.00", DAY, "LATE-" + bank.iban());

            assertThat(awaitLine(key, 1, status("MATCHED")).get("items").get(0).get("entryId").asString()).isEqualTo(entry);
        }
    }

    @Nested
    class ManualDecisions {
        @Test
        void a_person_unmatches_and_rematches_a_line_with_actor_and_reason_and_both_are_recorded() {
            Bank bank = newBank();
            String wrong = postReceipt(bank, "8.00", DAY, null);
            String right = postReceipt(bank, "8.00", "2026-11-25", null);
            String key = uploadAndAwait(Camt.endOfDay(bank.iban(), newId("st"), DAY).line(800, null, null, "x").bytes());
            awaitLine(key, 1, status("MATCHED"));

            Api.Response unmatched = api.post(path(key, 1, "unmatch"), Map.of("actor", "alice", "reason", "wrong customer"));
            Api.Response matched = api.post(path(key, 1, "match"), Map.of("actor", "alice", "reason", "remittance says so",
                    "items", List.of(Map.of("entryId", right))));

            assertThat(unmatched.status()).as(unmatched.raw()).isEqualTo(200);
            assertThat(matched.status()).as(matched.raw()).isEqualTo(200);
            JsonNode line = awaitLine(key, 1, l -> "manual".equals(l.get("rule").asString()));
            assertThat(line.get("items").get(0).get("entryId").asString()).isEqualTo(right);
            assertThat(line.get("decidedBy").asString()).isEqualTo("alice");
            assertThat(wrong).isNotEqualTo(right);
        }

        @Test
        void a_manual_match_needs_a_reason() {
            Bank bank = newBank();
            String key = uploadAndAwait(Camt.endOfDay(bank.iban(), newId("st"), DAY).line(800, null, null, "x").bytes());
            awaitLine(key, 1, line -> true);

            Api.Response refused = api.post(path(key, 1, "match"), Map.of("actor", "alice", "items",
                    List.of(Map.of("entryId", "whatever"))));

            assertProblem(refused, 400, "invalidField", "reason");
        }

        @Test
        void a_posting_matched_to_one_line_cannot_be_matched_to_another() {
            Bank bank = newBank();
            String entry = postReceipt(bank, "3.00", DAY, "E2E-" + bank.iban());
            String key = uploadAndAwait(Camt.endOfDay(bank.iban(), newId("st"), DAY).line(300, "E2E-" + bank.iban(), null, "a")
                    .line(400, null, null, "b").bytes());
            awaitLine(key, 1, status("MATCHED"));

            Api.Response refused = api.post(path(key, 2, "match"), Map.of("actor", "bob", "reason", "try",
                    "items", List.of(Map.of("entryId", entry))));

            assertProblem(refused, 409, "ledgerItemAlreadyMatched", "items");
        }

        @Test
        void unmatching_an_open_line_is_refused() {
            Bank bank = newBank();
            String key = uploadAndAwait(Camt.endOfDay(bank.iban(), newId("st"), DAY).line(900, null, null, "x").bytes());
            awaitLine(key, 1, line -> true);

            assertProblem(api.post(path(key, 1, "unmatch"), Map.of("actor", "bob", "reason", "r")), 409, "lineNotMatched",
                    "lineNo");
        }

        @Test
        void a_posting_on_another_account_cannot_be_matched() {
            Bank bank = newBank();
            Bank otherBank = newBank();
            String elsewhere = postReceipt(otherBank, "9.00", DAY, null);
            String key = uploadAndAwait(Camt.endOfDay(bank.iban(), newId("st"), DAY).line(900, null, null, "x").bytes());
            awaitLine(key, 1, line -> true);

            Api.Response refused = api.post(path(key, 1, "match"), Map.of("actor", "bob", "reason", "r",
                    "items", List.of(Map.of("entryId", elsewhere))));

            assertProblem(refused, 404, "ledgerItemNotFound", "items[0]");
        }
    }

    @Nested
    class Suspense {
        @Test
        void an_unmatched_line_goes_to_suspense_by_a_journal_entry_and_a_later_match_reverses_it() {
            Bank bank = newBank();
            String key = uploadAndAwait(Camt.endOfDay(bank.iban(), newId("st"), DAY).line(6_000, "SUSP-" + bank.iban(),
                    null, "unknown payer").bytes());
            awaitLine(key, 1, status("OPEN"));

            Api.Response run = api.post("/api/v1/reconciliation/suspense-runs", Map.of("olderThanSeconds", 0,
                    "statementKey", key));

            assertThat(run.body().get("posted").asInt()).isEqualTo(1);
            String suspenseEntry = awaitLine(key, 1, status("SUSPENDED")).get("suspenseEntryId").asString();
            JsonNode entry = awaitGet("/api/v1/journal-entries/" + suspenseEntry, e -> true);
            assertThat(entry.get("postings").findValuesAsString("accountId")).containsExactlyInAnyOrder(bank.ledger(),
                    bank.suspense());
            awaitAccount(bank.suspense(), a -> "60.00".equals(a.text("creditsPosted")));
            awaitAccount(bank.ledger(), a -> "60.00".equals(a.text("balance")));

            String real = postReceipt(bank, "60.00", DAY, "SUSP-" + bank.iban());

            JsonNode matched = awaitLine(key, 1, status("MATCHED"));
            assertThat(matched.get("items").get(0).get("entryId").asString()).isEqualTo(real);
            awaitAccount(bank.suspense(), a -> "0.00".equals(a.text("balance")));
            assertThat(awaitAccount(bank.ledger(), a -> "60.00".equals(a.text("balance"))).text("debitsPosted"))
                    .isEqualTo("120.00");
        }

        @Test
        void a_line_younger_than_the_age_stays_off_suspense() {
            Bank bank = newBank();
            String key = uploadAndAwait(Camt.endOfDay(bank.iban(), newId("st"), DAY).line(700, null, null, "x").bytes());
            awaitLine(key, 1, status("OPEN"));

            Api.Response run = api.post("/api/v1/reconciliation/suspense-runs", Map.of("olderThanSeconds", 3600,
                    "statementKey", key));

            assertThat(run.body().get("posted").asInt()).isZero();
        }
    }

    @Nested
    class Queries {
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

        @Test
        void an_unknown_statement_is_not_found() {
            assertProblem(api.get("/api/v1/reconciliation/statements/stmt-unknown"), 404, "statementNotFound", "statementKey");
        }
    }

    private static String path(String key, int lineNo, String action) {
        return "/api/v1/reconciliation/statements/" + key + "/lines/" + lineNo + "/" + action;
    }
}
