package bank.ledger.query.ledger;

import bank.ledger.query.ReadJson;
import bank.ledger.query.api.FindLedgerLines;
import bank.ledger.query.api.LedgerLinesView;
import bank.ledger.query.line.LedgerLines;
import bank.ledger.query.line.SqlFilter;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.context.annotation.Profile;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The general ledger from {@code rm_account_line} joined with the entries (description, metadata).
 * Filters are added as bound parameters only; keyset paging on (effective date, account, sequence).
 */
@Component
@Profile("query")
public class LedgerLineQueries {
    private final JdbcTemplate jdbc;

    public LedgerLineQueries(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @QueryHandler
    public LedgerLinesView handle(FindLedgerLines q) {
        SqlFilter filter = new SqlFilter("""
                select l.account_id, l.sequence, l.entry_id, l.currency, l.effective_date, l.recorded_at,
                       e.description, e.metadata, l.change_debits_posted, l.change_credits_posted, l.actor,
                       l.channel, l.correlation_id
                from rm_account_line l left join rm_journal_entry e on e.entry_id = l.entry_id
                where (l.change_debits_posted <> 0 or l.change_credits_posted <> 0) and l.recorded_at <= ?""",
                LedgerLines.knownAt(q.asKnownAt()))
                .and("l.account_id = ?", q.accountId())
                .and("l.effective_date >= ?", q.from())
                .and("l.effective_date <= ?", q.to())
                .and("l.correlation_id = ?", q.correlationId())
                .and("jsonb_exists(e.metadata, ?)", q.metadataValue() == null ? q.metadataKey() : null)
                .and("e.metadata ->> ? = ?", q.metadataValue() == null ? null : q.metadataKey(), q.metadataValue());
        if (q.after() != null) {
            filter.and("(l.effective_date, l.account_id, l.sequence) > (?, ?, ?)", q.after().effectiveDate(),
                    q.after().accountId(), q.after().sequence());
        }
        filter.append("order by l.effective_date, l.account_id, l.sequence limit ?", q.pageSize() + 1);
        List<LedgerLinesView.Line> rows = jdbc.query(filter.sql(), LedgerLineQueries::line, filter.args());
        boolean more = rows.size() > q.pageSize();
        List<LedgerLinesView.Line> page = more ? rows.subList(0, q.pageSize()) : rows;
        return new LedgerLinesView(List.copyOf(page), more ? page.get(page.size() - 1).key() : null);
    }

    private static LedgerLinesView.Line line(ResultSet rs, int rowNum) throws SQLException {
        return new LedgerLinesView.Line(new FindLedgerLines.Key(rs.getDate("effective_date").toLocalDate(),
                rs.getString("account_id"), rs.getLong("sequence")), rs.getString("entry_id"), rs.getString("currency"),
                rs.getTimestamp("recorded_at").toInstant(), rs.getString("description"),
                rs.getLong("change_debits_posted"), rs.getLong("change_credits_posted"), rs.getString("actor"),
                rs.getString("channel"), rs.getString("correlation_id"), ReadJson.stringMap(rs.getString("metadata")));
    }
}
