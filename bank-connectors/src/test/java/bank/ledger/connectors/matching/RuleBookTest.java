package bank.ledger.connectors.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class RuleBookTest {
    static final LocalDate DAY = LocalDate.of(2026, 11, 20);
    final RuleBook rules = book("reference", "amount-date");

    static OpenLine line(long amount, LocalDate date, String endToEndId, String reference) {
        return numbered(1, amount, date, endToEndId, reference);
    }

    static OpenLine numbered(int lineNo, long amount, LocalDate date, String endToEndId, String reference) {
        return new OpenLine("stmt-1", lineNo, "bank", amount, "EUR", date, date, reference, null, endToEndId, null, null,
                null, 0);
    }

    static LedgerItem item(String entryId, long amount, LocalDate date, String endToEndId) {
        return new LedgerItem(entryId, 0, amount, amount, date, null, endToEndId, null);
    }

    static OpenLine line(long amount, LocalDate date, String counterparty, String description, String endToEndId) {
        return new OpenLine("stmt-1", 1, "bank", amount, "EUR", date, date, null, null, endToEndId, counterparty,
                description, null, 0);
    }

    static LedgerItem described(String entryId, long amount, LocalDate date, String description) {
        return new LedgerItem(entryId, 0, amount, amount, date, description, null, null);
    }

    /** The entry ids the decided line is matched to. */
    static List<String> entryIds(RuleBook.Decision decision) {
        return decision.proposal().allocations().get(0).claims().stream().map(c -> c.part().entryId()).toList();
    }

    Optional<RuleBook.Decision> decide(OpenLine line, LedgerItem... items) {
        return rules.decide(line, new Candidates(List.of(items)));
    }

    @Nested
    class Reference {
        @Test
        void the_end_to_end_id_wins_over_a_nearer_posting_of_the_same_amount() {
            RuleBook.Decision decision = decide(line(100, DAY, "E2E", null), item("near", 100, DAY, null),
                    item("named", 100, DAY.minusDays(40), "E2E")).orElseThrow();

            assertThat(decision.rule()).isEqualTo("reference");
            assertThat(decision.proposal().score()).isEqualTo(100);
            assertThat(entryIds(decision)).containsExactly("named");
        }

        @Test
        void the_bank_reference_may_name_the_journal_entry_itself() {
            assertThat(decide(line(100, DAY, null, "je-7"), item("je-7", 100, DAY.minusDays(30), null)))
                    .hasValueSatisfying(d -> assertThat(d.rule()).isEqualTo("reference"));
        }

        @Test
        void several_postings_under_one_reference_that_sum_to_the_line_score_95() {
            RuleBook.Decision decision = decide(line(150, DAY, "E2E", null), item("a", 100, DAY, "E2E"),
                    item("b", 50, DAY, "E2E")).orElseThrow();

            assertThat(decision.proposal().score()).isEqualTo(95);
            assertThat(entryIds(decision)).hasSize(2);
        }

        @Test
        void a_right_reference_with_a_wrong_amount_is_not_matched() {
            assertThat(decide(line(150, DAY, "E2E", null), item("a", 149, DAY, "E2E"))).isEmpty();
        }

        @Test
        void a_credit_is_never_matched_to_a_debit_of_the_same_size() {
            assertThat(decide(line(100, DAY, "E2E", null), item("a", -100, DAY, "E2E"))).isEmpty();
        }
    }

    @Nested
    class Amount_and_date {
        @Test
        void the_same_amount_on_the_same_day_scores_90() {
            assertThat(decide(line(100, DAY, null, null), item("a", 100, DAY, null)).orElseThrow().proposal().score())
                    .isEqualTo(90);
        }

        @Test
        void three_days_apart_is_inside_the_window_and_four_is_outside() {
            assertThat(decide(line(100, DAY, null, null), item("a", 100, DAY.plusDays(3), null))).isPresent();
            assertThat(decide(line(100, DAY, null, null), item("a", 100, DAY.plusDays(4), null))).isEmpty();
        }

        @Test
        void the_nearest_posting_wins() {
            assertThat(entryIds(decide(line(100, DAY, null, null), item("far", 100, DAY.minusDays(2), null),
                    item("near", 100, DAY.plusDays(1), null)).orElseThrow())).containsExactly("near");
        }

        @Test
        void two_equally_near_postings_are_ambiguous() {
            assertThat(decide(line(100, DAY, null, null), item("a", 100, DAY.minusDays(1), null),
                    item("b", 100, DAY.plusDays(1), null))).isEmpty();
        }
    }

    @Nested
    class Tolerance {
        final RuleBook tolerant = book("reference", "tolerance");

        @Test
        void a_fee_within_the_absolute_tolerance_matches_the_named_posting_with_score_80() {
            RuleBook.Decision decision = tolerant.decide(line(9_500, DAY, "E2E", null),
                    new Candidates(List.of(item("a", 10_000, DAY, "E2E")))).orElseThrow();

            assertThat(decision.rule()).isEqualTo("tolerance");
            assertThat(decision.proposal().score()).isEqualTo(80);
        }

        @Test
        void one_minor_unit_beyond_both_tolerances_is_not_matched() {
            assertThat(tolerant.decide(line(9_499, DAY, "E2E", null), new Candidates(List.of(item("a", 10_000, DAY, "E2E")))))
                    .isEmpty();
        }

        @Test
        void a_large_payment_may_differ_by_its_percentage() {
            assertThat(tolerant.decide(line(990_000, DAY, "E2E", null),
                    new Candidates(List.of(item("a", 1_000_000, DAY, "E2E"))))).isPresent();
            assertThat(tolerant.decide(line(989_999, DAY, "E2E", null),
                    new Candidates(List.of(item("a", 1_000_000, DAY, "E2E"))))).isEmpty();
        }

        @Test
        void without_a_reference_a_different_amount_is_never_tolerated() {
            assertThat(tolerant.decide(line(9_500, DAY, null, null), new Candidates(List.of(item("a", 10_000, DAY, null)))))
                    .isEmpty();
        }
    }

    @Nested
    class Similarity {
        final RuleBook words = book("amount-date", "similarity");

        @Test
        void a_tie_on_amount_and_date_is_settled_by_the_counterparty_and_text() {
            RuleBook.Decision decision = words.decide(line(500, DAY, "ACME GmbH", "Invoice 2026-117", null), new Candidates(
                    List.of(described("acme", 500, DAY.minusDays(1), "ACME GmbH invoice 2026-117"),
                            described("other", 500, DAY.plusDays(1), "Globex refund")))).orElseThrow();

            assertThat(decision.rule()).isEqualTo("similarity");
            assertThat(entryIds(decision)).containsExactly("acme");
            assertThat(decision.proposal().score()).isBetween(41, 85);
        }

        @Test
        void text_below_the_threshold_matches_nothing() {
            assertThat(words.decide(line(500, DAY, "ACME GmbH", "Invoice 2026-117", null), new Candidates(List.of(
                    described("a", 500, DAY.minusDays(1), "rent november"),
                    described("b", 500, DAY.plusDays(1), "salary november"))))).isEmpty();
        }

        @Test
        void similarity_counts_shared_words_of_three_characters_or_more() {
            assertThat(SimilarityRule.similarity(SimilarityRule.words("ACME GmbH, no 7"), SimilarityRule.words("acme gmbh")))
                    .isEqualTo(100);
            assertThat(SimilarityRule.similarity(SimilarityRule.words("acme gmbh"), SimilarityRule.words("acme ltd")))
                    .isEqualTo(33);
        }
    }

    @Test
    void a_posting_taken_by_one_line_is_no_candidate_for_the_next() {
        Candidates free = new Candidates(List.of(item("a", 100, DAY, "E2E")));
        free.take(rules.decide(line(100, DAY, "E2E", null), free).orElseThrow().proposal());

        assertThat(rules.decide(line(100, DAY, "E2E", null), free)).isEmpty();
    }

    @Nested
    class Many_lines_to_one_posting {
        final OpenLine first = numbered(1, 600, DAY, "INV-7", null);
        final OpenLine second = numbered(2, 400, DAY.plusDays(5), null, "INV-7");

        @Test
        void instalments_that_add_up_to_the_posting_are_matched_together_each_with_its_part() {
            Candidates free = new Candidates(List.of(item("invoice", 1000, DAY, "INV-7")), List.of(first, second));

            RuleBook.Decision decision = rules.decide(first, free).orElseThrow();

            assertThat(decision.proposal().score()).isEqualTo(90);
            assertThat(decision.proposal().allocations()).extracting(a -> a.line().lineNo(),
                    a -> a.claims().get(0).part().signedMinor(), a -> a.claims().get(0).postingMinor())
                    .containsExactly(tuple(1, 600L, 1000L), tuple(2, 400L, 1000L));
        }

        @Test
        void instalments_that_do_not_yet_add_up_wait() {
            Candidates free = new Candidates(List.of(item("invoice", 1000, DAY, "INV-7")), List.of(first));

            assertThat(rules.decide(first, free)).isEmpty();
        }

        @Test
        void instalments_that_add_up_to_more_than_the_posting_wait_for_a_person() {
            OpenLine third = numbered(3, 1, DAY, "INV-7", null);
            Candidates free = new Candidates(List.of(item("invoice", 1000, DAY, "INV-7")), List.of(first, second, third));

            assertThat(rules.decide(first, free)).isEmpty();
        }

        @Test
        void lines_decided_together_are_no_longer_undecided() {
            Candidates free = new Candidates(List.of(item("invoice", 1000, DAY, "INV-7")), List.of(first, second));
            free.take(rules.decide(first, free).orElseThrow().proposal());

            assertThat(free.isUndecided(second)).isFalse();
            assertThat(free.named("INV-7")).isEmpty();
        }

        @Test
        void what_is_left_open_of_a_posting_is_a_candidate_for_its_amount() {
            Candidates free = new Candidates(List.of(new LedgerItem("invoice", 0, 1000, 400, DAY, null, null, null)));

            assertThat(entryIds(rules.decide(numbered(2, 400, DAY, null, null), free).orElseThrow()))
                    .containsExactly("invoice");
            assertThat(rules.decide(numbered(2, 1000, DAY, null, null), free)).isEmpty();
        }
    }

    @Test
    void the_rules_run_in_the_configured_order() {
        RuleBook dateFirst = book("amount-date", "reference");

        assertThat(dateFirst.decide(line(100, DAY, "E2E", null), new Candidates(List.of(item("near", 100, DAY, null),
                item("named", 100, DAY.minusDays(40), "E2E")))).orElseThrow().rule()).isEqualTo("amount-date");
    }

    @Test
    void an_unknown_rule_name_stops_the_start() {
        assertThatThrownBy(() -> book("magic")).hasMessageContaining("unknown reconciliation rule");
    }

    /** The named rules, in order, with every other setting at its default. */
    static RuleBook book(String... rules) {
        return RuleBook.of(new ReconciliationProperties(List.of(rules), null, null, null, null, null, null, null, null,
                null, null, null, null));
    }
}
