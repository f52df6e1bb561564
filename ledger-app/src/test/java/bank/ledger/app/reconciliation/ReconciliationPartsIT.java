package bank.ledger.app.reconciliation;

import static org.assertj.core.api.Assertions.assertThat;

import bank.ledger.app.support.Api;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/**
 * Many statement lines to one ledger posting, differences a person accepts, and what reconciliation
 * takes back when a decision is undone: each down to the journal entries and balances.
 */
class ReconciliationPartsIT extends ReconciliationTest {
    @Autowired
    JdbcTemplate jdbc;

    @Nested
    class ManyLinesToOnePosting {
        @Test
        void instalments_naming_one_invoice_are_matched_together_each_with_its_part() {
            Bank bank = newBank();
            String invoice = postReceipt(bank, "10.00", DAY, "INV-" + bank.iban());
            String key = uploadAndAwait(Camt.endOfDay(bank.iban(), newId("st"), DAY)
                    .line(600, "INV-" + bank.iban(), null, "first half").line(400, null, "INV-" + bank.iban(), "rest")
                    .bytes());

            JsonNode first = awaitLine(key, 1, status("MATCHED"));
            JsonNode second = awaitLine(key, 2, status("MATCHED"));

            assertThat(first.get("rule").asString()).isEqualTo("reference");
            assertThat(first.get("score").asInt()).isEqualTo(90);
            assertThat(part(first)).isEqualTo(600);
            assertThat(part(second)).isEqualTo(400);
            assertThat(second.get("items").get(0).get("entryId").asString()).isEqualTo(invoice);
        }

        @Test
        void an_unmatched_instalment_gives_back_only_its_part_and_a_person_can_take_it_again() {
            Bank bank = newBank();
            String invoice = postReceipt(bank, "10.00", DAY, "INV-" + bank.iban());
            String key = uploadAndAwait(Camt.endOfDay(bank.iban(), newId("st"), DAY)
                    .line(600, "INV-" + bank.iban(), null, "a").line(400, "INV-" + bank.iban(), null, "b").bytes());
            awaitLine(key, 2, status("MATCHED"));

            assertThat(api.post(path(key, 2, "unmatch"), Map.of("reason", "check")).status()).isEqualTo(200);
            Api.Response tooMuch = api.post(path(key, 2, "match"), Map.of("reason", "r",
                    "items", List.of(Map.of("entryId", invoice, "amount", "4.01"))));
            Api.Response rest = api.post(path(key, 2, "match"), Map.of("reason", "the rest of the invoice",
                    "items", List.of(Map.of("entryId", invoice))));

            assertProblem(tooMuch, 422, "exceedsOpenAmount", "items[0].amount");
            assertThat(rest.status()).as(rest.raw()).isEqualTo(200);
            assertThat(part(awaitLine(key, 2, l -> "manual".equals(l.get("rule").asString())))).isEqualTo(400);
            assertThat(awaitLine(key, 1, status("MATCHED")).get("rule").asString()).isEqualTo("reference");
        }

        @Test
        void a_person_takes_part_of_a_posting_and_the_engine_matches_what_is_left_by_amount() {
            Bank bank = newBank();
            String receipt = postReceipt(bank, "10.00", DAY, null);
            String key = uploadAndAwait(Camt.endOfDay(bank.iban(), newId("st"), DAY).line(600, null, null, "a")
                    .line(400, null, null, "b").bytes());
            awaitLine(key, 2, status("OPEN"));

            Api.Response taken = matchOnceVisible(path(key, 1, "match"), Map.of("reason", "customer paid in two parts",
                    "items", List.of(Map.of("entryId", receipt, "amount", "6.00"))));

            assertThat(taken.status()).as(taken.raw()).isEqualTo(200);
            JsonNode rest = awaitLine(key, 2, status("MATCHED"));
            assertThat(rest.get("rule").asString()).isEqualTo("amount-date");
            assertThat(part(rest)).isEqualTo(400);
        }
    }

    @Nested
    class Differences {
        @Test
        void a_manual_match_that_does_not_add_up_posts_the_difference_and_an_unmatch_reverses_it() {
            Bank bank = newBank();
            String receipt = postReceipt(bank, "10.00", DAY, null);
            String key = uploadAndAwait(Camt.endOfDay(bank.iban(), newId("st"), DAY).line(950, null, null, "net of fee")
                    .bytes());
            awaitLine(key, 1, status("OPEN"));

            Api.Response matched = matchOnceVisible(path(key, 1, "match"), Map.of("reason", "bank kept a fee",
                    "items", List.of(Map.of("entryId", receipt))));

            assertThat(matched.status()).as(matched.raw()).isEqualTo(200);
            assertThat(matched.body().get("difference").asString()).isEqualTo("-0.50");
            awaitAccount(bank.fees(), a -> "0.50".equals(a.text("debitsPosted")));
            awaitAccount(bank.ledger(), a -> "9.50".equals(a.text("balance")));

            assertThat(api.post(path(key, 1, "unmatch"), Map.of("reason", "not that receipt")).status()).isEqualTo(200);

            awaitAccount(bank.fees(), a -> "0.50".equals(a.text("creditsPosted")) && "0.00".equals(a.text("balance")));
            awaitAccount(bank.ledger(), a -> "10.00".equals(a.text("balance")));
        }

        @Test
        void without_a_difference_account_a_match_that_does_not_add_up_is_refused() {
            Bank bank = newBank();
            Api.Response remapped = api.post("/api/v1/bank-account-mappings", Map.of("bankAccount", bank.iban(),
                    "currency", "EUR", "ledgerAccountId", bank.ledger(), "suspenseAccountId", bank.suspense()));
            assertThat(remapped.status()).as(remapped.raw()).isEqualTo(200);
            String receipt = postReceipt(bank, "10.00", DAY, null);
            String key = uploadAndAwait(Camt.endOfDay(bank.iban(), newId("st"), DAY).line(950, null, null, "x").bytes());
            awaitLine(key, 1, status("OPEN"));

            Api.Response refused = matchOnceVisible(path(key, 1, "match"), Map.of("reason", "r",
                    "items", List.of(Map.of("entryId", receipt))));

            assertProblem(refused, 422, "noDifferenceAccount", "differenceAccountId");
        }
    }

    @Nested
    class SuspenseAcrossDecisions {
        @Test
        void a_suspended_line_matched_and_unmatched_is_open_again_and_parked_with_a_new_entry() {
            Bank bank = newBank();
            String receipt = postReceipt(bank, "60.00", "2026-10-01", null);
            String key = uploadAndAwait(Camt.endOfDay(bank.iban(), newId("st"), DAY).line(6_000, null, null, "who?")
                    .bytes());
            awaitLine(key, 1, status("OPEN"));
            String firstSuspense = suspend(key);
            awaitAccount(bank.suspense(), a -> "60.00".equals(a.text("creditsPosted")));

            matchOnceVisible(path(key, 1, "match"), Map.of("reason", "found it", "items", List.of(Map.of("entryId", receipt))));
            awaitAccount(bank.suspense(), a -> "60.00".equals(a.text("debitsPosted")));
            api.post(path(key, 1, "unmatch"), Map.of("reason", "not it after all"));
            assertThat(awaitLine(key, 1, status("OPEN")).path("suspenseEntryId").isNull()).isTrue();
            String secondSuspense = suspend(key);

            assertThat(secondSuspense).isNotEqualTo(firstSuspense);
            awaitAccount(bank.suspense(), a -> "120.00".equals(a.text("creditsPosted")) && "60.00".equals(a.text("balance")));
        }

        @Test
        void a_suspended_intraday_line_is_taken_off_suspense_when_the_end_of_day_statement_retires_it() {
            Bank bank = newBank();
            String intraday = uploadAndAwait(Camt.intraday(bank.iban(), newId("ir"), DAY).line(7_000, null, null, "x")
                    .bytes());
            awaitLine(intraday, 1, status("OPEN"));
            suspend(intraday);
            awaitAccount(bank.suspense(), a -> "70.00".equals(a.text("balance")));

            String endOfDay = uploadAndAwait(Camt.endOfDay(bank.iban(), newId("st"), DAY).line(7_000, null, null, "x")
                    .bytes());

            awaitLine(intraday, 1, status("RETIRED"));
            awaitLine(endOfDay, 1, status("OPEN"));
            awaitAccount(bank.suspense(), a -> "0.00".equals(a.text("balance")) && "70.00".equals(a.text("debitsPosted")));
            awaitAccount(bank.ledger(), a -> "0.00".equals(a.text("balance")));
        }
    }

    @Nested
    class LostMatches {
        @Test
        void a_claim_whose_match_was_never_recorded_is_given_back_and_the_line_matched_after_all() {
            Bank bank = newBank();
            String key = uploadAndAwait(Camt.endOfDay(bank.iban(), newId("st"), DAY).line(500, null, null, "x").bytes());
            awaitLine(key, 1, status("OPEN"));
            // what a node that stopped between claim and match command leaves behind
            jdbc.update("insert into recon_claim_total values ('lost-entry', 0, 500, 500)");
            jdbc.update("insert into recon_claim (entry_id, posting_index, statement_key, line_no, claimed_minor, claimed_at, "
                    + "difference_entry_id) values ('lost-entry', 0, ?, 1, 500, now() - interval '1 hour', 'recon-diff-lost')",
                    key);
            String receipt = postReceipt(bank, "5.00", DAY, null);
            awaitAccount(bank.ledger(), a -> "5.00".equals(a.text("balance")));
            assertThat(api.get("/api/v1/reconciliation/statements/" + key + "/lines").body().get("lines").get(0)
                    .get("status").asString()).isEqualTo("OPEN");

            Api.Response young = api.post("/api/v1/reconciliation/claim-sweeps", Map.of("olderThanSeconds", 7200));
            Api.Response old = api.post("/api/v1/reconciliation/claim-sweeps", Map.of("olderThanSeconds", 60));

            assertThat(young.body().get("released").asInt()).as(young.raw()).isZero();
            assertThat(old.body().get("released").asInt()).as(old.raw()).isEqualTo(1);
            JsonNode line = awaitLine(key, 1, status("MATCHED"));
            assertThat(line.get("items").get(0).get("entryId").asString()).isEqualTo(receipt);
            assertThat(jdbc.queryForObject("select count(*) from recon_claim_total where entry_id = 'lost-entry'",
                    Integer.class)).isZero();
        }
    }

    private String suspend(String key) {
        Api.Response run = api.post("/api/v1/reconciliation/suspense-runs", Map.of("olderThanSeconds", 0,
                "statementKey", key));
        assertThat(run.body().get("posted").asInt()).as(run.raw()).isEqualTo(1);
        return awaitLine(key, 1, status("SUSPENDED")).get("suspenseEntryId").asString();
    }

    /** A posting reaches reconciliation's read model a moment after it is posted: ask until it is there. */
    private Api.Response matchOnceVisible(String path, Map<String, Object> body) {
        Api.Response[] last = new Api.Response[1];
        Awaitility.await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(100)).until(() -> {
            last[0] = api.post(path, body);
            return last[0].status() != 404;
        });
        return last[0];
    }

    private static long part(JsonNode line) {
        return line.get("items").get(0).get("signedMinor").asLong();
    }
}
