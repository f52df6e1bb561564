package bank.ledger.query.entry;

import bank.ledger.query.ReadJson;
import bank.ledger.query.api.FindJournalEntries;
import bank.ledger.query.api.JournalEntryView;
import bank.ledger.query.line.LedgerLines;
import bank.ledger.query.line.SqlFilter;
import java.util.List;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.context.annotation.Profile;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The journal from {@code rm_journal_entry}. An account filter uses jsonb containment on the postings;
 * the correlation id lives on the entry's account lines (event metadata), so that filter asks them.
 */
@Component
@Profile("query")
public class JournalQueries {
    private final JdbcTemplate jdbc;

    public JournalQueries(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @QueryHandler
    public FindJournalEntries.Page handle(FindJournalEntries q) {
        SqlFilter filter = new SqlFilter("select * from rm_journal_entry e where e.recorded_at <= ?",
                LedgerLines.knownAt(q.asKnownAt()))
                .and("e.postings @> ?::jsonb", q.accountId() == null ? null
                        : "[{\"accountId\":" + ReadJson.write(q.accountId()) + "}]")
                .and("e.effective_date >= ?", q.from())
                .and("e.effective_date <= ?", q.to())
                .and("exists (select 1 from rm_account_line l where l.entry_id = e.entry_id and l.correlation_id = ?)",
                        q.correlationId())
                .and("jsonb_exists(e.metadata, ?)", q.metadataValue() == null ? q.metadataKey() : null)
                .and("e.metadata ->> ? = ?", q.metadataValue() == null ? null : q.metadataKey(), q.metadataValue());
        if (q.after() != null) {
            filter.and("(e.effective_date, e.entry_id) > (?, ?)", q.after().effectiveDate(), q.after().entryId());
        }
        filter.append("order by e.effective_date, e.entry_id limit ?", q.pageSize() + 1);
        List<JournalEntryView> rows = jdbc.query(filter.sql(), JournalEntryQueries::row, filter.args());
        boolean more = rows.size() > q.pageSize();
        List<JournalEntryView> page = more ? rows.subList(0, q.pageSize()) : rows;
        JournalEntryView last = page.isEmpty() ? null : page.get(page.size() - 1);
        return new FindJournalEntries.Page(List.copyOf(page),
                more ? new FindJournalEntries.Key(last.effectiveDate(), last.entryId()) : null);
    }
}
