package bank.ledger.query.entry;

import bank.ledger.projections.readmodel.AccountLineTable;
import bank.ledger.projections.readmodel.JournalEntryTable;
import bank.ledger.query.api.FindJournalEntries;
import bank.ledger.projections.readmodel.JournalEntryRow;
import bank.ledger.query.line.LedgerLines;
import bank.ledger.query.line.SqlFilter;
import java.util.List;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.context.annotation.Profile;
import bank.ledger.query.replica.QueryReads;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The journal from {@code rm_journal_entry}. An account filter uses jsonb containment on the postings;
 * the correlation id lives on the entry's account lines (event metadata), so that filter asks them.
 */
@Component
@Profile("query")
public class JournalQueries {
    private static final String ID = "e." + JournalEntryTable.ENTRY_ID;
    private static final String DATE = "e." + JournalEntryTable.EFFECTIVE_DATE;
    private static final String METADATA = "e." + JournalEntryTable.METADATA;
    private final JdbcTemplate jdbc;

    public JournalQueries(QueryReads reads) {
        this.jdbc = reads.jdbc();
    }

    @QueryHandler
    public FindJournalEntries.Page handle(FindJournalEntries q) {
        SqlFilter filter = new SqlFilter("select " + JournalEntryTable.columns("e") + " from " + JournalEntryTable.TABLE
                + " e where e." + JournalEntryTable.RECORDED_AT + " <= ?", LedgerLines.knownAt(q.asKnownAt()))
                .and("e." + JournalEntryTable.POSTINGS + " @> ?::jsonb",
                        q.accountId() == null ? null : JournalEntryTable.postingsContainAccount(q.accountId()))
                .and(DATE + " >= ?", q.from())
                .and(DATE + " <= ?", q.to())
                .and("exists (select 1 from " + AccountLineTable.TABLE + " l where l." + AccountLineTable.ENTRY_ID
                        + " = " + ID + " and l." + AccountLineTable.CORRELATION_ID + " = ?)", q.correlationId())
                .and("jsonb_exists(" + METADATA + ", ?)", q.metadataValue() == null ? q.metadataKey() : null)
                .and(METADATA + " ->> ? = ?", q.metadataValue() == null ? null : q.metadataKey(), q.metadataValue());
        if (q.after() != null) {
            filter.and("(" + DATE + ", " + ID + ") > (?, ?)", q.after().effectiveDate(), q.after().entryId());
        }
        filter.append("order by " + DATE + ", " + ID + " limit ?", q.pageSize() + 1);
        List<JournalEntryRow> rows = jdbc.query(filter.sql(), JournalEntryTable.ROW, filter.args());
        boolean more = rows.size() > q.pageSize();
        List<JournalEntryRow> page = more ? rows.subList(0, q.pageSize()) : rows;
        JournalEntryRow last = page.isEmpty() ? null : page.get(page.size() - 1);
        return new FindJournalEntries.Page(List.copyOf(page),
                more ? new FindJournalEntries.Key(last.effectiveDate(), last.entryId()) : null);
    }
}
