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
 * matched gets its suspense entry reversed, so the bank account is not counted twice; a tolerated
 * difference (fee, FX) is posted to the mapping's difference account.
 */
public class MatchRecorder {
    private final Claims claims;
    private final StatementCommands commands;

    public MatchRecorder(Claims claims, StatementCommands commands) {
        this.claims = claims;
        this.commands = commands;
    }

    /**
     * Engine decisions for one statement; those whose postings were claimed meanwhile are dropped.
     * Differences are posted before the match and reversed if the match is not recorded.
     */
    public int recordEngineMatches(String statementKey, List<EngineMatch> matches) {
        List<EngineMatch> claimed = new ArrayList<>();
        for (EngineMatch match : matches) {
            if (claims.claim(statementKey, match.line().lineNo(), match.match().items())) {
                claimed.add(match);
            }
        }
        if (claimed.isEmpty()) {
            return 0;
        }
        claimed.stream().filter(m -> m.differenceMinor() != 0).forEach(this::postDifference);
        List<LineMatch> lineMatches = claimed.stream().map(EngineMatch::match).toList();
        try {
            send(statementKey, lineMatches, new MatchStatementLines(statementKey, lineMatches, false, "engine", null), "engine");
        } catch (RuntimeException failure) {
            claimed.stream().filter(m -> m.differenceMinor() != 0)
                    .forEach(m -> reverse(m.match().differenceEntryId(), "match not recorded", "engine", "engine"));
            throw failure;
        }
        claimed.forEach(m -> reverse(m.line().suspenseEntryId(), "Suspense cleared: the bank line is matched",
                "engine", "engine"));
        return claimed.size();
    }

    public void recordManualMatch(String statementKey, LineMatch match, String suspenseEntryId, String actor,
                                  String reason) {
        if (!claims.claim(statementKey, match.lineNo(), match.items())) {
            throw LedgerRefusal.of(RefusalCode.LEDGER_ITEM_ALREADY_MATCHED, "items",
                    "a posting is matched to another statement line already: unmatch that line first");
        }
        send(statementKey, List.of(match), new MatchStatementLines(statementKey, List.of(match), true, actor, reason), "api");
        reverse(suspenseEntryId, "Suspense cleared: the bank line is matched", actor, "api");
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

    /** Reverses an entry the reconciliation posted (suspense, difference); nothing when there is none. */
    private void reverse(String entryId, String description, String actor, String channel) {
        if (entryId != null) {
            commands.send(new ReverseJournalEntry(entryId, entryId + "-rev", null, description,
                    Map.of(LedgerItemProjection.ORIGIN_KEY, "reversal")), actor, channel);
        }
    }

    /** Line minus postings, bank view: negative means the bank paid out less (a fee), so the bank account is credited. */
    private void postDifference(EngineMatch m) {
        commands.send(LineEntries.against(m.match().differenceEntryId(), "difference", m.line(), m.differenceMinor(),
                m.differenceAccountId(), "Tolerated difference (" + m.match().rule() + ") on bank line "
                        + m.line().lineNo() + " of " + m.line().statementKey()), "engine", "engine");
    }
}
