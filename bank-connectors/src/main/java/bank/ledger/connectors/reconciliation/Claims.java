package bank.ledger.connectors.reconciliation;

import bank.ledger.domain.statement.api.MatchedItem;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Which ledger postings a match holds. A posting is claimed (unique key) before the match command is
 * sent, so two engine passes, two nodes or an engine and a person never give one posting to two lines,
 * even while the read models lag behind the events. A failed match releases its claims.
 */
public class Claims {
    private final JdbcTemplate jdbc;

    public Claims(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Claims all items for the line, or none: answers false when one of them is claimed already. */
    public boolean claim(String statementKey, int lineNo, List<MatchedItem> items) {
        Timestamp now = Timestamp.from(Instant.now());
        for (int i = 0; i < items.size(); i++) {
            MatchedItem item = items.get(i);
            int inserted = jdbc.update("insert into recon_claim (entry_id, posting_index, statement_key, line_no, claimed_at) "
                    + "values (?, ?, ?, ?, ?) on conflict do nothing", item.entryId(), item.postingIndex(), statementKey,
                    lineNo, now);
            if (inserted == 0) {
                release(statementKey, lineNo, items.subList(0, i));
                return false;
            }
        }
        return true;
    }

    public void release(String statementKey, int lineNo, List<MatchedItem> items) {
        for (MatchedItem item : items) {
            jdbc.update("delete from recon_claim where entry_id = ? and posting_index = ? and statement_key = ? and line_no = ?",
                    item.entryId(), item.postingIndex(), statementKey, lineNo);
        }
    }

    public void releaseLine(String statementKey, int lineNo) {
        jdbc.update("delete from recon_claim where statement_key = ? and line_no = ?", statementKey, lineNo);
    }

    public void releaseStatement(String statementKey) {
        jdbc.update("delete from recon_claim where statement_key = ?", statementKey);
    }
}
