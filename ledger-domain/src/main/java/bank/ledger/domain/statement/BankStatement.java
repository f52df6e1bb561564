package bank.ledger.domain.statement;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import bank.ledger.domain.refusal.Fields;
import bank.ledger.domain.refusal.LedgerRefusal;
import bank.ledger.domain.refusal.RefusalCode;
import bank.ledger.domain.statement.api.ConfirmOpenLine;
import bank.ledger.domain.statement.api.LineMatch;
import bank.ledger.domain.statement.api.MatchStatementLines;
import bank.ledger.domain.statement.api.ReceiveStatement;
import bank.ledger.domain.statement.api.RecordStatementLines;
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
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.serialization.Revision;

/**
 * A bank statement and the reconciliation state of its lines. It keeps only what its rules need
 * (which lines exist, which are matched or suspended), never the lines themselves, so a 100,000-line
 * statement stays small in memory; the lines live in the events and the read model.
 * <p>
 * Snapshotted: every field is written into the snapshot (the application's serializer reads the
 * fields of this package's classes directly and writes bit sets as their {@code long} words). Raise
 * the revision when the fields change, so that older snapshots are passed over and the events replayed.
 */
@Revision("1")
public class BankStatement {
    @AggregateIdentifier
    private String statementKey;
    private String contentDigest;
    private int lineCount;
    private int linesDone;
    private String supersededBy;
    private final BitSet batches = new BitSet();
    private final BitSet recordedLines = new BitSet();
    private final LineStates lines = new LineStates();

    protected BankStatement() {
        // for Axon: created by the creation policy below or rebuilt from events
    }

    /** Receives the statement, or answers the first receipt when the same statement is delivered again. */
    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public StatementState handle(ReceiveStatement command) {
        if (statementKey != null) {
            if (!contentDigest.equals(command.contentDigest())) {
                throw LedgerRefusal.of(RefusalCode.IDEMPOTENCY_CONFLICT, null, "statement " + statementKey
                        + " was delivered before with other lines: a corrected statement needs a new sequence number");
            }
            return receipt(true);
        }
        if (command.header().lineCount() < 0) {
            throw Fields.invalid("lineCount", "a statement has zero or more lines");
        }
        apply(new StatementReceived(command.statementKey(), command.contentDigest(), command.header()));
        return receipt(false);
    }

    @CommandHandler
    public StatementState handle(RecordStatementLines command) {
        requireReceived();
        if (command.batchNo() < 0 || command.lines().size() > RecordStatementLines.BATCH_LINES_MAX) {
            throw Fields.invalid("lines", "batches are numbered from 0 and hold at most " + RecordStatementLines.BATCH_LINES_MAX + " lines");
        }
        if (batches.get(command.batchNo())) {
            return receipt(true);
        }
        for (StatementLine line : command.lines()) {
            if (line.lineNo() < 1 || line.lineNo() > lineCount || recordedLines.get(line.lineNo())) {
                throw Fields.invalid("lines", "line " + line.lineNo() + " is outside 1.." + lineCount + " or recorded twice");
            }
        }
        apply(new StatementLinesRecorded(statementKey, command.batchNo(), command.lines(),
                linesDone + command.lines().size(), lineCount));
        return receipt(false);
    }

    @CommandHandler
    public StatementState handle(MatchStatementLines command) {
        requireReceived();
        refuseIfSuperseded();
        if (command.manual()) {
            Fields.requireText(command.actor(), "actor", 200);
            Fields.requireFreeText(command.reason(), "reason", MatchStatementLines.REASON_LENGTH_MAX);
        }
        List<Integer> skipped = new ArrayList<>();
        for (LineMatch match : command.matches()) {
            requireLine(match.lineNo());
            if (lines.isMatched(match.lineNo())
                    || (match.epoch() != LineMatch.ANY_EPOCH && lines.epoch(match.lineNo()) != match.epoch())) {
                if (command.manual()) {
                    throw lines.isMatched(match.lineNo()) ? LedgerRefusal.of(RefusalCode.LINE_ALREADY_MATCHED, "lineNo",
                            "line " + match.lineNo() + " is matched already: unmatch it first")
                            : LedgerRefusal.of(RefusalCode.LINE_CHANGED, "lineNo", "line " + match.lineNo()
                            + " changed since it was read: read it again and decide anew");
                }
                skipped.add(match.lineNo()); // the engine raced a person or an unmatch: theirs stands
                continue;
            }
            apply(new StatementLineMatched(statementKey, match.lineNo(), match.items(), match.rule(), match.score(),
                    match.differenceEntryId(), command.manual(), command.actor(), command.reason(),
                    lines.suspenseEntry(match.lineNo())));
        }
        return receipt(false, skipped);
    }

    @CommandHandler
    public StatementState handle(UnmatchStatementLine command) {
        requireReceived();
        Fields.requireText(command.actor(), "actor", 200);
        Fields.requireFreeText(command.reason(), "reason", MatchStatementLines.REASON_LENGTH_MAX);
        requireLine(command.lineNo());
        if (!lines.isMatched(command.lineNo())) {
            throw LedgerRefusal.of(RefusalCode.LINE_NOT_MATCHED, "lineNo", "line " + command.lineNo() + " is not matched");
        }
        apply(unmatched(command.lineNo(), command.actor(), command.reason()));
        return receipt(false);
    }

    @CommandHandler
    public StatementState handle(ConfirmOpenLine command) {
        requireReceived();
        requireLine(command.lineNo());
        if (lines.isMatched(command.lineNo())) {
            throw LedgerRefusal.of(RefusalCode.LINE_ALREADY_MATCHED, "lineNo", "line " + command.lineNo() + " is matched");
        }
        return receipt(false);
    }

    /**
     * Only an open line goes to suspense, once per epoch. A matched line, or a decision about an older
     * epoch, is refused, so whoever posted the suspense entry knows to reverse it.
     */
    @CommandHandler
    public StatementState handle(SuspendStatementLine command) {
        requireReceived();
        refuseIfSuperseded();
        requireLine(command.lineNo());
        if (lines.isMatched(command.lineNo())) {
            throw LedgerRefusal.of(RefusalCode.LINE_ALREADY_MATCHED, "lineNo", "line " + command.lineNo() + " is matched");
        }
        if (lines.epoch(command.lineNo()) != command.epoch()) {
            throw LedgerRefusal.of(RefusalCode.LINE_CHANGED, "lineNo", "line " + command.lineNo() + " changed meanwhile");
        }
        if (lines.suspenseEntry(command.lineNo()) == null) {
            apply(new StatementLineSuspended(statementKey, command.lineNo(), command.suspenseEntryId(), command.reason()));
        }
        return receipt(false);
    }

    /** Retires an intraday report: its matches are undone and its suspense entries released. */
    @CommandHandler
    public StatementState handle(SupersedeStatement command) {
        requireReceived();
        if (supersededBy == null) {
            String reason = "superseded by end-of-day statement " + command.supersededBy();
            for (int lineNo : lines.matchedLines()) {
                apply(unmatched(lineNo, StatementLineUnmatched.SYSTEM_ACTOR, reason));
            }
            for (int lineNo : lines.suspendedLines()) {
                apply(new StatementLineSuspenseReleased(statementKey, lineNo, lines.suspenseEntry(lineNo), reason));
            }
            apply(new StatementSuperseded(statementKey, command.supersededBy()));
        }
        return receipt(false);
    }

    private StatementLineUnmatched unmatched(int lineNo, String actor, String reason) {
        return new StatementLineUnmatched(statementKey, lineNo, lines.items(lineNo), actor, reason,
                lines.differenceEntry(lineNo));
    }

    @EventSourcingHandler
    void on(StatementReceived event) {
        statementKey = event.statementKey();
        contentDigest = event.contentDigest();
        lineCount = event.header().lineCount();
    }

    @EventSourcingHandler
    void on(StatementLinesRecorded event) {
        batches.set(event.batchNo());
        event.lines().forEach(line -> recordedLines.set(line.lineNo()));
        linesDone = event.linesDone();
    }

    @EventSourcingHandler
    void on(StatementLineMatched event) {
        lines.matched(event.lineNo(), event.items(), event.differenceEntryId());
    }

    @EventSourcingHandler
    void on(StatementLineUnmatched event) {
        lines.unmatched(event.lineNo());
    }

    @EventSourcingHandler
    void on(StatementLineSuspended event) {
        lines.suspended(event.lineNo(), event.suspenseEntryId());
    }

    @EventSourcingHandler
    void on(StatementLineSuspenseReleased event) {
        lines.suspenseReleased(event.lineNo());
    }

    @EventSourcingHandler
    void on(StatementSuperseded event) {
        supersededBy = event.supersededBy();
    }

    private void requireReceived() {
        if (statementKey == null) {
            throw LedgerRefusal.of(RefusalCode.STATEMENT_NOT_FOUND, "statementKey", "no such statement");
        }
    }

    private void requireLine(int lineNo) {
        if (!recordedLines.get(Math.max(lineNo, 0))) {
            throw LedgerRefusal.of(RefusalCode.STATEMENT_LINE_NOT_FOUND, "lineNo", "statement has no recorded line " + lineNo);
        }
    }

    private void refuseIfSuperseded() {
        if (supersededBy != null) {
            throw LedgerRefusal.of(RefusalCode.STATEMENT_SUPERSEDED, null,
                    "this intraday report was superseded by statement " + supersededBy + ": match that one");
        }
    }

    private StatementState receipt(boolean duplicate) {
        return receipt(duplicate, List.of());
    }

    private StatementState receipt(boolean duplicate, List<Integer> skippedLines) {
        return new StatementState(statementKey, lineCount, linesDone, supersededBy != null, duplicate, skippedLines);
    }
}
