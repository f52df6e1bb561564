package bank.ledger.connectors.matching;

import bank.ledger.connectors.ingestion.RetiredStatementClaims;
import bank.ledger.domain.statement.api.MatchedItem;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Which parts of which ledger postings the lines hold. A line claims its parts before the match command
 * is sent, so two engine passes, two nodes or an engine and a person never give more of a posting to
 * lines than the posting holds, even while the read models lag behind the events. Several lines may
 * share one posting (one invoice paid in instalments). A failed match releases its claims.
 */
public class Claims implements RetiredStatementClaims {
    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;

    /** A part of a posting ({@code part.signedMinor()}) and the whole posting it is taken from. */
    public record Claim(MatchedItem part, long postingMinor) {
    }

    public Claims(JdbcTemplate jdbc, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.transaction = new TransactionTemplate(transactions);
        this.transaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /**
     * Claims all parts for the line, or none: answers false when a posting has not that much open any more.
     * {@code differenceEntryId}: the difference the match will post, or null (reversed if the match is lost).
     */
    public boolean claim(String statementKey, int lineNo, List<Claim> claims, String differenceEntryId) {
        Timestamp now = Timestamp.from(Instant.now());
        Boolean claimed = transaction.execute(status -> {
            for (Claim claim : claims) {
                if (!claimOne(statementKey, lineNo, claim, differenceEntryId, now)) {
                    status.setRollbackOnly();
                    return false;
                }
            }
            return true;
        });
        return Boolean.TRUE.equals(claimed);
    }

    private boolean claimOne(String statementKey, int lineNo, Claim claim, String differenceEntryId, Timestamp now) {
        MatchedItem part = claim.part();
        if (part.signedMinor() == 0 || Long.signum(part.signedMinor()) != Long.signum(claim.postingMinor())
                || Math.abs(part.signedMinor()) > Math.abs(claim.postingMinor())) {
            return false;
        }
        int guarded = jdbc.update("""
                insert into recon_claim_total (entry_id, posting_index, posting_minor, claimed_minor) values (?, ?, ?, ?)
                on conflict (entry_id, posting_index) do update
                  set claimed_minor = recon_claim_total.claimed_minor + excluded.claimed_minor
                  where abs(recon_claim_total.claimed_minor + excluded.claimed_minor)
                        <= abs(recon_claim_total.posting_minor)""",
                part.entryId(), part.postingIndex(), claim.postingMinor(), part.signedMinor());
        return guarded == 1 && jdbc.update("""
                insert into recon_claim (entry_id, posting_index, statement_key, line_no, claimed_minor, claimed_at,
                    difference_entry_id)
                values (?, ?, ?, ?, ?, ?, ?) on conflict do nothing""", part.entryId(), part.postingIndex(), statementKey,
                lineNo, part.signedMinor(), now, differenceEntryId) == 1;
    }

    /** Gives back these parts of the line's claims (a match that was not recorded). */
    public void release(String statementKey, int lineNo, List<Claim> parts) {
        for (Claim part : parts) {
            release("statement_key = ? and line_no = ? and entry_id = ? and posting_index = ?", statementKey, lineNo,
                    part.part().entryId(), part.part().postingIndex());
        }
    }

    /** Gives back all the line holds (an unmatch). */
    public void releaseLine(String statementKey, int lineNo) {
        release("statement_key = ? and line_no = ?", statementKey, lineNo);
    }

    @Override
    public void releaseStatement(String statementKey) {
        release("statement_key = ?", statementKey);
    }

    private void release(String which, Object... args) {
        transaction.executeWithoutResult(status -> {
            jdbc.update("with gone as (delete from recon_claim where " + which
                    + " returning entry_id, posting_index, claimed_minor), "
                    + "parts as (select entry_id, posting_index, sum(claimed_minor) as minor from gone "
                    + "group by entry_id, posting_index) "
                    + "update recon_claim_total t set claimed_minor = t.claimed_minor - p.minor from parts p "
                    + "where t.entry_id = p.entry_id and t.posting_index = p.posting_index", args);
            jdbc.update("delete from recon_claim_total where claimed_minor = 0");
        });
    }
}
