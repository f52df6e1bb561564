package bank.ledger.app.reconciliation;

import static org.assertj.core.api.Assertions.assertThat;

import bank.ledger.app.support.Api;
import bank.ledger.app.support.TestActors;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** People's decisions (match, unmatch, override) and suspense, down to the resulting journal entries. */
class ReconciliationDecisionsIT extends ReconciliationTest {

    @Nested
    class ManualDecisions {
        @Test
        void a_person_unmatches_and_rematches_a_line_with_actor_and_reason_and_both_are_recorded() {
            Bank bank = newBank();
            String wrong = postReceipt(bank, "8.00", DAY, null);
            String right = postReceipt(bank, "8.00", "2026-11-25", null);
            String key = uploadAndAwait(Camt.endOfDay(bank.iban(), newId("st"), DAY).line(800, null, null, "x").bytes());
            awaitLine(key, 1, status("MATCHED"));

            // the authenticated person decides; an actor named in the body cannot override who is logged in
            Api accountant = api.as("accountant");
            Api.Response unmatched = accountant.post(path(key, 1, "unmatch"), Map.of("actor", "alice", "reason", "wrong customer"));
            Api.Response matched = accountant.post(path(key, 1, "match"), Map.of("actor", "alice", "reason", "remittance says so",
                    "items", List.of(Map.of("entryId", right))));

            assertThat(unmatched.status()).as(unmatched.raw()).isEqualTo(200);
            assertThat(matched.status()).as(matched.raw()).isEqualTo(200);
            JsonNode line = awaitLine(key, 1, l -> "manual".equals(l.get("rule").asString()));
            assertThat(line.get("items").get(0).get("entryId").asString()).isEqualTo(right);
            assertThat(line.get("decidedBy").asString()).isEqualTo(TestActors.username("accountant"));
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

            assertProblem(refused, 409, "ledgerItemAlreadyMatched", "items[0]");
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
}
