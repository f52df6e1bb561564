package bank.ledger.domain.statement;

import static bank.ledger.domain.support.Refusals.refusal;

import bank.ledger.domain.refusal.RefusalCode;
import bank.ledger.domain.statement.api.ConfirmOpenLine;
import bank.ledger.domain.statement.api.LineMatch;
import bank.ledger.domain.statement.api.MatchStatementLines;
import bank.ledger.domain.statement.api.MatchedItem;
import bank.ledger.domain.statement.api.ReceiveStatement;
import bank.ledger.domain.statement.api.RecordStatementLines;
import bank.ledger.domain.statement.api.StatementHeader;
import bank.ledger.domain.statement.api.StatementLine;
import bank.ledger.domain.statement.api.StatementLineMatched;
import bank.ledger.domain.statement.api.StatementLineSuspended;
import bank.ledger.domain.statement.api.StatementLineSuspenseReleased;
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
        return new StatementLineMatched(KEY, 1, ITEMS, "reference", 100, null, false, "engine", null, null);
    }

    static LineMatch match(int lineNo, String rule, int epoch) {
        return new LineMatch(lineNo, ITEMS, rule, 100, null, epoch);
    }

    static MatchStatementLines byEngine(LineMatch match) {
        return new MatchStatementLines(KEY, List.of(match), false, "engine", null);
    }

    static MatchStatementLines byPerson(LineMatch match) {
        return new MatchStatementLines(KEY, List.of(match), true, "alice", "because");
    }

    static StatementState state(int linesDone, boolean duplicate, List<Integer> skippedLines) {
        return new StatementState(KEY, 2, linesDone, false, duplicate, skippedLines);
    }

    @Nested
    class Receiving {
        @Test
        void a_new_statement_is_received_with_its_header() {
            fixture.givenNoPriorActivity()
                    .when(new ReceiveStatement(KEY, "digest", HEADER))
                    .expectEvents(received())
                    .expectResultMessagePayload(state(0, false, List.of()));
        }

        @Test
        void the_same_statement_again_answers_the_first_receipt_and_records_nothing() {
            fixture.given(received(), recorded())
                    .when(new ReceiveStatement(KEY, "digest", HEADER))
                    .expectNoEvents()
                    .expectResultMessagePayload(state(2, true, List.of()));
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
                    .when(byEngine(match(1, "reference", 0)))
                    .expectEvents(matched())
                    .expectResultMessagePayload(state(2, false, List.of()));
        }

        @Test
        void the_engine_skips_a_line_matched_meanwhile_and_says_so() {
            fixture.given(received(), recorded(), matched())
                    .when(byEngine(match(1, "amount-date", 0)))
                    .expectNoEvents()
                    .expectResultMessagePayload(state(2, false, List.of(1)));
        }

        @Test
        void the_engine_skips_a_decision_about_a_line_unmatched_since() {
            fixture.given(received(), recorded(), matched(), unmatched(null))
                    .when(byEngine(match(1, "reference", 0)))
                    .expectNoEvents()
                    .expectResultMessagePayload(state(2, false, List.of(1)));
        }

        @Test
        void a_decision_about_the_current_epoch_of_a_line_unmatched_before_is_recorded() {
            fixture.given(received(), recorded(), matched(), unmatched(null))
                    .when(byEngine(match(1, "reference", 1)))
                    .expectEvents(matched());
        }

        @Test
        void a_person_matching_a_matched_line_is_refused() {
            fixture.given(received(), recorded(), matched())
                    .when(byPerson(match(1, "manual", 0)))
                    .expectException(refusal(RefusalCode.LINE_ALREADY_MATCHED, "lineNo"));
        }

        @Test
        void a_person_deciding_on_an_older_state_of_the_line_is_refused() {
            fixture.given(received(), recorded(), matched(), unmatched(null))
                    .when(byPerson(match(1, "manual", 0)))
                    .expectException(refusal(RefusalCode.LINE_CHANGED, "lineNo"));
        }

        @Test
        void a_person_deciding_on_the_line_as_it_is_now_needs_no_epoch() {
            fixture.given(received(), recorded(), matched(), unmatched(null))
                    .when(byPerson(match(1, "manual", LineMatch.ANY_EPOCH)))
                    .expectEvents(new StatementLineMatched(KEY, 1, ITEMS, "manual", 100, null, true, "alice", "because",
                            null));
        }

        @Test
        void a_manual_match_without_a_reason_is_refused() {
            fixture.given(received(), recorded())
                    .when(new MatchStatementLines(KEY, List.of(match(1, "manual", 0)), true, "alice", " "))
                    .expectException(refusal(RefusalCode.INVALID_FIELD, "reason"));
        }

        @Test
        void a_line_not_recorded_cannot_be_matched() {
            fixture.given(received())
                    .when(byEngine(match(1, "reference", 0)))
                    .expectException(refusal(RefusalCode.STATEMENT_LINE_NOT_FOUND, "lineNo"));
        }

        @Test
        void matching_a_suspended_line_names_the_suspense_entry_to_reverse() {
            fixture.given(received(), recorded(), new StatementLineSuspended(KEY, 1, "susp-1", "old"))
                    .when(byEngine(match(1, "reference", 0)))
                    .expectEvents(new StatementLineMatched(KEY, 1, ITEMS, "reference", 100, null, false, "engine", null,
                            "susp-1"));
        }
    }

    @Nested
    class Unmatching {
        @Test
        void unmatching_names_the_postings_it_frees_with_actor_and_reason() {
            fixture.given(received(), recorded(), matched())
                    .when(new UnmatchStatementLine(KEY, 1, "alice", "wrong customer"))
                    .expectEvents(unmatched(null));
        }

        @Test
        void unmatching_a_match_with_a_difference_names_the_difference_entry_to_reverse() {
            fixture.given(received(), recorded(), new StatementLineMatched(KEY, 1, ITEMS, "tolerance", 80, "diff-1",
                            false, "engine", null, null))
                    .when(new UnmatchStatementLine(KEY, 1, "alice", "wrong customer"))
                    .expectEvents(unmatched("diff-1"));
        }

        @Test
        void an_open_line_is_confirmed_open_without_recording_anything() {
            fixture.given(received(), recorded(), matched(), unmatched(null))
                    .when(new ConfirmOpenLine(KEY, 1))
                    .expectNoEvents()
                    .expectResultMessagePayload(state(2, false, List.of()));
        }

        @Test
        void a_matched_line_is_not_confirmed_open() {
            fixture.given(received(), recorded(), matched())
                    .when(new ConfirmOpenLine(KEY, 1))
                    .expectException(refusal(RefusalCode.LINE_ALREADY_MATCHED, "lineNo"));
        }

        @Test
        void unmatching_an_open_line_is_refused() {
            fixture.given(received(), recorded())
                    .when(new UnmatchStatementLine(KEY, 2, "alice", "r"))
                    .expectException(refusal(RefusalCode.LINE_NOT_MATCHED, "lineNo"));
        }
    }

    static StatementLineUnmatched unmatched(String differenceEntryId) {
        return new StatementLineUnmatched(KEY, 1, ITEMS, "alice", "wrong customer", differenceEntryId);
    }

    @Nested
    class Suspense_and_superseding {
        @Test
        void an_open_line_goes_to_suspense_once() {
            fixture.given(received(), recorded(), new StatementLineSuspended(KEY, 2, "susp-2", "old"))
                    .when(new SuspendStatementLine(KEY, 2, 0, "susp-2", "old"))
                    .expectNoEvents();
        }

        @Test
        void a_matched_line_never_goes_to_suspense() {
            fixture.given(received(), recorded(), matched())
                    .when(new SuspendStatementLine(KEY, 1, 0, "susp-1", "old"))
                    .expectException(refusal(RefusalCode.LINE_ALREADY_MATCHED, "lineNo"));
        }

        @Test
        void a_line_matched_and_unmatched_goes_to_suspense_again_in_its_new_epoch_only() {
            fixture.given(received(), recorded(), new StatementLineSuspended(KEY, 1, "susp-1-0", "old"), matched(),
                            unmatched(null))
                    .when(new SuspendStatementLine(KEY, 1, 1, "susp-1-1", "old"))
                    .expectEvents(new StatementLineSuspended(KEY, 1, "susp-1-1", "old"));
        }

        @Test
        void a_suspension_decided_on_an_older_epoch_is_refused() {
            fixture.given(received(), recorded(), matched(), unmatched(null))
                    .when(new SuspendStatementLine(KEY, 1, 0, "susp-1-0", "old"))
                    .expectException(refusal(RefusalCode.LINE_CHANGED, "lineNo"));
        }

        @Test
        void superseding_undoes_the_matches_releases_the_suspense_then_retires_the_report() {
            String reason = "superseded by end-of-day statement stmt-eod";
            fixture.given(received(), recorded(), matched(), new StatementLineSuspended(KEY, 2, "susp-2", "old"))
                    .when(new SupersedeStatement(KEY, "stmt-eod"))
                    .expectEvents(new StatementLineUnmatched(KEY, 1, ITEMS, "system", reason, null),
                            new StatementLineSuspenseReleased(KEY, 2, "susp-2", reason),
                            new StatementSuperseded(KEY, "stmt-eod"));
        }

        @Test
        void a_superseded_report_takes_no_more_matches() {
            fixture.given(received(), recorded(), new StatementSuperseded(KEY, "stmt-eod"))
                    .when(byEngine(match(2, "reference", 0)))
                    .expectException(refusal(RefusalCode.STATEMENT_SUPERSEDED, null));
        }
    }
}
