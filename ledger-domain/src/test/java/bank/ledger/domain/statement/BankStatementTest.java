package bank.ledger.domain.statement;

import static bank.ledger.domain.support.Refusals.refusal;

import bank.ledger.domain.refusal.RefusalCode;
import bank.ledger.domain.statement.api.LineMatch;
import bank.ledger.domain.statement.api.MatchStatementLines;
import bank.ledger.domain.statement.api.MatchedItem;
import bank.ledger.domain.statement.api.ReceiveStatement;
import bank.ledger.domain.statement.api.RecordStatementLines;
import bank.ledger.domain.statement.api.StatementHeader;
import bank.ledger.domain.statement.api.StatementLine;
import bank.ledger.domain.statement.api.StatementLineMatched;
import bank.ledger.domain.statement.api.StatementLineSuspended;
import bank.ledger.domain.statement.api.StatementLineUnmatched;
import bank.ledger.domain.statement.api.StatementLinesRecorded;
import bank.ledger.domain.statement.api.StatementState;
import bank.ledger.domain.statement.api.StatementReceived;
import bank.ledger.domain.statement.api.StatementSuperseded;
import bank.ledger.domain.statement.api.SupersedeStatement;
import bank.ledger.domain.statement.api.SuspendStatementLine;
import bank.ledger.domain.statement.api.UnmatchStatementLine;
import java.time.LocalDate;
import java.util.List;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class BankStatementTest {
    static final String KEY = "stmt-1";
    static final StatementHeader HEADER = new StatementHeader("DE02100100109307118603", "EUR", "camt.053",
            "camt.053.001.08", "S-1", 1L, null, 0L, 300L, LocalDate.of(2026, 11, 20), 2, "bank", "api");
    static final List<StatementLine> LINES = List.of(line(1, 100), line(2, 200));
    static final List<MatchedItem> ITEMS = List.of(new MatchedItem("je-1", 0, 100));
    private FixtureConfiguration<BankStatement> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(BankStatement.class);
    }

    static StatementLine line(int lineNo, long amount) {
        return new StatementLine(lineNo, amount, LocalDate.of(2026, 11, 20), null, "R" + lineNo, null, null, null, null,
                null, true);
    }

    static StatementReceived received() {
        return new StatementReceived(KEY, "digest", HEADER);
    }

    static StatementLinesRecorded recorded() {
        return new StatementLinesRecorded(KEY, 0, LINES, 2, 2);
    }

    static StatementLineMatched matched() {
        return new StatementLineMatched(KEY, 1, ITEMS, "reference", 100, null, false, "engine", null);
    }

    @Nested
    class Receiving {
        @Test
        void a_new_statement_is_received_with_its_header() {
            fixture.givenNoPriorActivity()
                    .when(new ReceiveStatement(KEY, "digest", HEADER))
                    .expectEvents(received())
                    .expectResultMessagePayload(new StatementState(KEY, 2, 0, false, false));
        }

        @Test
        void the_same_statement_again_answers_the_first_receipt_and_records_nothing() {
            fixture.given(received(), recorded())
                    .when(new ReceiveStatement(KEY, "digest", HEADER))
                    .expectNoEvents()
                    .expectResultMessagePayload(new StatementState(KEY, 2, 2, false, true));
        }

        @Test
        void the_same_key_with_other_content_is_an_idempotency_conflict() {
            fixture.given(received())
                    .when(new ReceiveStatement(KEY, "other digest", HEADER))
                    .expectException(refusal(RefusalCode.IDEMPOTENCY_CONFLICT, null));
        }
    }

    @Nested
    class Recording_lines {
        @Test
        void a_batch_is_recorded_with_the_progress_so_far() {
            fixture.given(received())
                    .when(new RecordStatementLines(KEY, 0, LINES))
                    .expectEvents(recorded());
        }

        @Test
        void a_batch_sent_again_is_acknowledged_and_not_recorded_twice() {
            fixture.given(received(), recorded())
                    .when(new RecordStatementLines(KEY, 0, LINES))
                    .expectNoEvents();
        }

        @Test
        void a_line_number_beyond_the_statement_is_refused() {
            fixture.given(received())
                    .when(new RecordStatementLines(KEY, 0, List.of(line(3, 1))))
                    .expectException(refusal(RefusalCode.INVALID_FIELD, "lines"));
        }

        @Test
        void a_line_recorded_in_another_batch_is_refused() {
            fixture.given(received(), recorded())
                    .when(new RecordStatementLines(KEY, 1, List.of(line(2, 200))))
                    .expectException(refusal(RefusalCode.INVALID_FIELD, "lines"));
        }
    }

    @Nested
    class Matching {
        @Test
        void an_engine_decision_is_recorded_with_its_rule_and_score() {
            fixture.given(received(), recorded())
                    .when(new MatchStatementLines(KEY, List.of(new LineMatch(1, ITEMS, "reference", 100, null)), false,
                            "engine", null))
                    .expectEvents(matched());
        }

        @Test
        void the_engine_skips_a_line_matched_meanwhile() {
            fixture.given(received(), recorded(), matched())
                    .when(new MatchStatementLines(KEY, List.of(new LineMatch(1, ITEMS, "amount-date", 80, null)), false,
                            "engine", null))
                    .expectNoEvents();
        }

        @Test
        void a_person_matching_a_matched_line_is_refused() {
            fixture.given(received(), recorded(), matched())
                    .when(new MatchStatementLines(KEY, List.of(new LineMatch(1, ITEMS, "manual", 100, null)), true,
                            "alice", "because"))
                    .expectException(refusal(RefusalCode.LINE_ALREADY_MATCHED, "lineNo"));
        }

        @Test
        void a_manual_match_without_a_reason_is_refused() {
            fixture.given(received(), recorded())
                    .when(new MatchStatementLines(KEY, List.of(new LineMatch(1, ITEMS, "manual", 100, null)), true,
                            "alice", " "))
                    .expectException(refusal(RefusalCode.INVALID_FIELD, "reason"));
        }

        @Test
        void a_line_not_recorded_cannot_be_matched() {
            fixture.given(received())
                    .when(new MatchStatementLines(KEY, List.of(new LineMatch(1, ITEMS, "reference", 100, null)), false,
                            "engine", null))
                    .expectException(refusal(RefusalCode.STATEMENT_LINE_NOT_FOUND, "lineNo"));
        }

        @Test
        void unmatching_names_the_postings_it_frees_with_actor_and_reason() {
            fixture.given(received(), recorded(), matched())
                    .when(new UnmatchStatementLine(KEY, 1, "alice", "wrong customer"))
                    .expectEvents(new StatementLineUnmatched(KEY, 1, ITEMS, "alice", "wrong customer"));
        }

        @Test
        void unmatching_an_open_line_is_refused() {
            fixture.given(received(), recorded())
                    .when(new UnmatchStatementLine(KEY, 2, "alice", "r"))
                    .expectException(refusal(RefusalCode.LINE_NOT_MATCHED, "lineNo"));
        }
    }

    @Nested
    class Suspense_and_superseding {
        @Test
        void an_open_line_goes_to_suspense_once() {
            fixture.given(received(), recorded(), new StatementLineSuspended(KEY, 2, "susp-2", "old"))
                    .when(new SuspendStatementLine(KEY, 2, "susp-2", "old"))
                    .expectNoEvents();
        }

        @Test
        void a_matched_line_never_goes_to_suspense() {
            fixture.given(received(), recorded(), matched())
                    .when(new SuspendStatementLine(KEY, 1, "susp-1", "old"))
                    .expectNoEvents();
        }

        @Test
        void superseding_undoes_the_matches_then_retires_the_report() {
            fixture.given(received(), recorded(), matched())
                    .when(new SupersedeStatement(KEY, "stmt-eod"))
                    .expectEvents(new StatementLineUnmatched(KEY, 1, ITEMS, "system",
                                    "superseded by end-of-day statement stmt-eod"),
                            new StatementSuperseded(KEY, "stmt-eod"));
        }

        @Test
        void a_superseded_report_takes_no_more_matches() {
            fixture.given(received(), recorded(), new StatementSuperseded(KEY, "stmt-eod"))
                    .when(new MatchStatementLines(KEY, List.of(new LineMatch(2, ITEMS, "reference", 100, null)), false,
                            "engine", null))
                    .expectException(refusal(RefusalCode.STATEMENT_SUPERSEDED, null));
        }
    }
}
