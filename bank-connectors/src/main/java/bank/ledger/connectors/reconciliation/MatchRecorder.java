package bank.ledger.connectors.reconciliation;

import bank.ledger.connectors.ingestion.StatementCommands;
import bank.ledger.domain.entry.api.ReverseJournalEntry;
import bank.ledger.domain.refusal.LedgerRefusal;
import bank.ledger.domain.refusal.RefusalCode;
import bank.ledger.domain.statement.api.LineMatch;
import bank.ledger.domain.statement.api.MatchStatementLines;
import bank.ledger.domain.statement.api.UnmatchStatementLine;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Turns decisions into events, for the engine and for people alike: claim the postings, send the
 * match command, release the claims if it fails. A line that had been parked on suspense and is now
 * matched gets its suspense entry reversed, so the bank account is not counted twice.
 */
public class MatchRecorder {
    private final Claims claims;
    private final StatementCommands commands;

    public MatchRecorder(Claims claims, StatementCommands commands) {
        this.claims = claims;
        this.commands = commands;
    }

    /** Engine decisions for one statement; those whose postings were claimed meanwhile are dropped. */
    public int recordEngineMatches(String statementKey, List<LineMatch> matches, Map<Integer, String> suspenseEntries) {
        List<LineMatch> claimed = new ArrayList<>();
        for (LineMatch match : matches) {
            if (claims.claim(statementKey, match.lineNo(), match.items())) {
                claimed.add(match);
            }
        }
        if (claimed.isEmpty()) {
            return 0;
        }
        send(statementKey, claimed, new MatchStatementLines(statementKey, claimed, false, "engine", null), "engine");
        claimed.forEach(match -> reverseSuspense(suspenseEntries.get(match.lineNo()), "engine", "engine"));
        return claimed.size();
    }

    public void recordManualMatch(String statementKey, LineMatch match, String suspenseEntryId, String actor,
                                  String reason) {
        if (!claims.claim(statementKey, match.lineNo(), match.items())) {
            throw LedgerRefusal.of(RefusalCode.LEDGER_ITEM_ALREADY_MATCHED, "items",
                    "a posting is matched to another statement line already: unmatch that line first");
        }
        send(statementKey, List.of(match), new MatchStatementLines(statementKey, List.of(match), true, actor, reason), "api");
        reverseSuspense(suspenseEntryId, actor, "api");
    }

    public void unmatch(String statementKey, int lineNo, String actor, String reason) {
        commands.send(new UnmatchStatementLine(statementKey, lineNo, actor, reason), actor, "api");
        claims.releaseLine(statementKey, lineNo);
    }

    private void send(String statementKey, List<LineMatch> matches, MatchStatementLines command, String channel) {
        try {
            commands.send(command, command.manual() ? command.actor() : "engine", channel);
        } catch (RuntimeException failure) {
            matches.forEach(match -> claims.release(statementKey, match.lineNo(), match.items()));
            throw failure;
        }
    }

    private void reverseSuspense(String suspenseEntryId, String actor, String channel) {
        if (suspenseEntryId != null) {
            commands.send(new ReverseJournalEntry(suspenseEntryId, suspenseEntryId + "-rev", null,
                    "Suspense cleared: the bank line is matched", Map.of(LedgerItemProjection.ORIGIN_KEY,
                            "suspense-reversal")), actor, channel);
        }
    }
}
