package bank.ledger.query.ledger;

import bank.ledger.projections.readmodel.AccountLineTable;
import bank.ledger.projections.readmodel.JournalEntryTable;
import bank.ledger.projections.readmodel.ReadModelJson;
import bank.ledger.query.line.LinesWithEntries;
import bank.ledger.query.api.FindLedgerLines;
import bank.ledger.query.api.LedgerLinesView;
import bank.ledger.query.line.LedgerLines;
import bank.ledger.query.line.SqlFilter;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.context.annotation.Profile;
import bank.ledger.query.replica.QueryReads;
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

    public LedgerLineQueries(QueryReads reads) {
        this.jdbc = reads.jdbc();
    }

    @QueryHandler
    public LedgerLinesView handle(FindLedgerLines q) {
        SqlFilter filter = new SqlFilter("select " + LinesWithEntries.COLUMNS + " from " + LinesWithEntries.JOIN
                + " where " + LinesWithEntries.POSTED + " and l." + AccountLineTable.RECORDED_AT + " <= ?",
                LedgerLines.knownAt(q.asKnownAt()))
                .and("l." + AccountLineTable.ACCOUNT_ID + " = ?", q.accountId())
                .and("l." + AccountLineTable.EFFECTIVE_DATE + " >= ?", q.from())
                .and("l." + AccountLineTable.EFFECTIVE_DATE + " <= ?", q.to())
                .and("l." + AccountLineTable.CORRELATION_ID + " = ?", q.correlationId())
                .and("jsonb_exists(e." + JournalEntryTable.METADATA + ", ?)", q.metadataValue() == null ? q.metadataKey() : null)
                .and("e." + JournalEntryTable.METADATA + " ->> ? = ?", q.metadataValue() == null ? null : q.metadataKey(),
                        q.metadataValue());
        String order = String.join(", ", "l." + AccountLineTable.EFFECTIVE_DATE, "l." + AccountLineTable.ACCOUNT_ID, "l." + AccountLineTable.SEQUENCE);
        if (q.after() != null) {
            filter.and("(" + order + ") > (?, ?, ?)", q.after().effectiveDate(), q.after().accountId(),
                    q.after().sequence());
        }
        filter.append("order by " + order + " limit ?", q.pageSize() + 1);
        List<LedgerLinesView.Line> rows = jdbc.query(filter.sql(), LedgerLineQueries::line, filter.args());
        boolean more = rows.size() > q.pageSize();
        List<LedgerLinesView.Line> page = more ? rows.subList(0, q.pageSize()) : rows;
        return new LedgerLinesView(List.copyOf(page), more ? page.get(page.size() - 1).key() : null);
    }

    private static LedgerLinesView.Line line(ResultSet rs, int rowNum) throws SQLException {
        return new LedgerLinesView.Line(new FindLedgerLines.Key(rs.getDate(AccountLineTable.EFFECTIVE_DATE).toLocalDate(),
                rs.getString(AccountLineTable.ACCOUNT_ID), rs.getLong(AccountLineTable.SEQUENCE)), rs.getString(AccountLineTable.ENTRY_ID), rs.getString(AccountLineTable.CURRENCY),
                rs.getTimestamp(AccountLineTable.RECORDED_AT).toInstant(), rs.getString(JournalEntryTable.DESCRIPTION),
                rs.getLong(AccountLineTable.CHANGE_DEBITS_POSTED), rs.getLong(AccountLineTable.CHANGE_CREDITS_POSTED), rs.getString(AccountLineTable.ACTOR),
                rs.getString(AccountLineTable.CHANNEL), rs.getString(AccountLineTable.CORRELATION_ID),
                ReadModelJson.stringMap(rs.getString(JournalEntryTable.METADATA)));
    }
}
