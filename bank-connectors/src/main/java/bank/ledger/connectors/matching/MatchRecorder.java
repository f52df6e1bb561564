package bank.ledger.connectors.matching;

import bank.ledger.command.dispatch.CommandDispatch;
import bank.ledger.command.dispatch.CommandOrigin;
import bank.ledger.domain.refusal.LedgerRefusal;
import bank.ledger.domain.refusal.RefusalCode;
import bank.ledger.domain.statement.api.LineMatch;
import bank.ledger.domain.statement.api.MatchStatementLines;
import bank.ledger.domain.statement.api.StatementState;
import bank.ledger.domain.statement.api.UnmatchStatementLine;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Turns decisions into events, for the engine and for people alike: claim the parts of postings, post
 * a difference (fee, FX) to its account, send the match command, and undo the claims and the difference
 * of every line the command did not record. What follows a recorded decision (reversing a suspense or a
 * difference entry) is done by {@link ReconciliationFollowUp} from the events.
 */
public class MatchRecorder {
    private final Claims claims;
    private final CommandDispatch commands;

    public MatchRecorder(Claims claims, CommandDispatch commands) {
        this.claims = claims;
        this.commands = commands;
    }

    /** Engine decisions for one statement; those whose postings were claimed meanwhile are dropped. */
    public int recordEngineMatches(String statementKey, List<EngineMatch> matches) {
        List<EngineMatch> claimed = new ArrayList<>();
        for (EngineMatch match : matches) {
            if (claims.claim(statementKey, match.line().lineNo(), match.claims(), match.match().differenceEntryId())) {
                claimed.add(match);
            }
        }
        if (claimed.isEmpty()) {
            return 0;
        }
        return record(statementKey, claimed, new MatchStatementLines(statementKey,
                claimed.stream().map(EngineMatch::match).toList(), false, "engine", null), CommandOrigin.engine("engine"));
    }

    /** A person's decision: refused when a posting has less open than asked, or the line changed. */
    public void recordManualMatch(String statementKey, EngineMatch match, CommandOrigin origin, String reason) {
        if (!claims.claim(statementKey, match.line().lineNo(), match.claims(), match.match().differenceEntryId())) {
            throw LedgerRefusal.of(RefusalCode.LEDGER_ITEM_ALREADY_MATCHED, "items",
                    "a posting has less open than asked: it is matched to other statement lines, unmatch those first");
        }
        record(statementKey, List.of(match), new MatchStatementLines(statementKey, List.of(match.match()), true,
                origin.actor(), reason), origin);
    }

    public void unmatch(String statementKey, int lineNo, CommandOrigin origin, String reason) {
        commands.send(new UnmatchStatementLine(statementKey, lineNo, origin.actor(), reason), origin);
        claims.releaseLine(statementKey, lineNo);
    }

    /** Differences are posted before the match (it names them) and reversed for lines it did not record. */
    private int record(String statementKey, List<EngineMatch> claimed, MatchStatementLines command,
                       CommandOrigin origin) {
        List<EngineMatch> posted = new ArrayList<>();
        StatementState state;
        try {
            for (EngineMatch match : claimed) {
                if (match.differenceMinor() != 0) {
                    postDifference(match, origin);
                    posted.add(match);
                }
            }
            state = commands.send(command, origin);
        } catch (RuntimeException failure) {
            undo(statementKey, claimed, posted, origin);
            throw failure;
        }
        Set<Integer> skipped = new HashSet<>(state.skippedLines());
        undo(statementKey, claimed.stream().filter(m -> skipped.contains(m.line().lineNo())).toList(),
                posted.stream().filter(m -> skipped.contains(m.line().lineNo())).toList(), origin);
        return claimed.size() - skipped.size();
    }

    /**
     * Undoing a difference this recorder posted a moment ago is the engine's compensation, not a person's
     * reversal: it goes as the engine's channel, which four-eyes lets through (docs/security.md).
     */
    private void undo(String statementKey, List<EngineMatch> claimed, List<EngineMatch> posted, CommandOrigin origin) {
        posted.forEach(m -> commands.send(LineEntries.reversal(m.match().differenceEntryId()),
                origin.withChannel(CommandOrigin.ENGINE_CHANNEL)));
        claimed.forEach(m -> claims.release(statementKey, m.line().lineNo(), m.claims()));
    }

    /** Line minus postings, bank view: negative means the bank paid out less (a fee), so the bank account is credited. */
    private void postDifference(EngineMatch m, CommandOrigin origin) {
        LineMatch match = m.match();
        commands.send(LineEntries.against(match.differenceEntryId(), "difference", m.line(), m.differenceMinor(),
                m.differenceAccountId(), "Difference (" + match.rule() + ") on bank line " + m.line().lineNo() + " of "
                        + m.line().statementKey()), origin);
    }
}
