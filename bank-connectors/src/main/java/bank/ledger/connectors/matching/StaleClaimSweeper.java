package bank.ledger.connectors.matching;

import bank.ledger.command.dispatch.CommandDispatch;
import bank.ledger.command.dispatch.CommandOrigin;
import bank.ledger.domain.refusal.LedgerRefusal;
import bank.ledger.domain.refusal.RefusalCode;
import bank.ledger.domain.statement.api.ConfirmOpenLine;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Gives back claims whose match command never ran (the node stopped between claim and command): such a
 * line would otherwise stay out of the engine, and a person could not match it either. A claim older than
 * {@code ledger.reconciliation.claim-timeout} on a line the read model shows unmatched (open, suspended, or
 * retired with its intraday report when the node stopped before giving the report's claims back) is only released
 * once the statement itself confirms the line is unmatched (the read model may just be late), and the
 * difference entry the lost match had posted, if any, is reversed first.
 */
public class StaleClaimSweeper {
    private static final Logger log = LoggerFactory.getLogger(StaleClaimSweeper.class);
    private static final int LINES_PER_RUN = 100;
    private static final String ACTOR = "reconciliation";
    private final JdbcTemplate jdbc;
    private final Claims claims;
    private final CommandDispatch commands;
    private final Duration claimTimeout;
    private final Clock clock;

    private record ClaimedLine(String statementKey, int lineNo, String differenceEntryId) {
    }

    public StaleClaimSweeper(JdbcTemplate jdbc, Claims claims, CommandDispatch commands, Duration claimTimeout,
                             Clock clock) {
        this.jdbc = jdbc;
        this.claims = claims;
        this.commands = commands;
        this.claimTimeout = claimTimeout;
        this.clock = clock;
    }

    /** Every {@code ledger.reconciliation.claim-sweep-interval-ms} ({@link MatchingConfiguration}). */
    public void scheduled() {
        sweep(claimTimeout);
    }

    /** Releases the stale claims of lines claimed longer than {@code age} ago; answers how many lines. */
    public int sweep(Duration age) {
        List<ClaimedLine> lines = jdbc.query("""
                select c.statement_key, c.line_no, max(c.difference_entry_id) as difference_entry_id
                from recon_claim c join recon_line l on l.statement_key = c.statement_key and l.line_no = c.line_no
                where c.claimed_at < ? and l.status in ('OPEN', 'SUSPENDED', 'RETIRED')
                group by c.statement_key, c.line_no order by c.statement_key, c.line_no limit ?""",
                (rs, i) -> new ClaimedLine(rs.getString(1), rs.getInt(2), rs.getString(3)),
                Timestamp.from(clock.instant().minus(age)), LINES_PER_RUN);
        int released = 0;
        for (ClaimedLine line : lines) {
            try {
                if (release(line)) {
                    released++;
                }
            } catch (RuntimeException failure) {
                log.warn("stale claims of line {} of {} not released; the next run retries", line.lineNo(),
                        line.statementKey(), failure);
            }
        }
        return released;
    }

    private boolean release(ClaimedLine line) {
        CommandOrigin decision = CommandOrigin.engine(ACTOR);
        try {
            commands.send(new ConfirmOpenLine(line.statementKey(), line.lineNo()), decision);
        } catch (LedgerRefusal matched) {
            if (matched.code() == RefusalCode.LINE_ALREADY_MATCHED) {
                return false; // the match was recorded: the read model is late, the claims are right
            }
            throw matched;
        }
        if (line.differenceEntryId() != null) {
            try {
                commands.send(LineEntries.reversal(line.differenceEntryId()), decision);
            } catch (LedgerRefusal notPosted) {
                if (notPosted.code() != RefusalCode.ENTRY_NOT_FOUND) {
                    throw notPosted;
                }
            }
        }
        claims.releaseLine(line.statementKey(), line.lineNo());
        log.warn("released the claims of line {} of {}: its match was never recorded", line.lineNo(), line.statementKey());
        return true;
    }
}
