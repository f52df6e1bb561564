package bank.ledger.query.entry;

import bank.ledger.query.ReadJson;
import bank.ledger.query.api.FindJournalEntry;
import bank.ledger.query.api.JournalEntryView;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.context.annotation.Profile;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Answers journal-entry queries from the {@code rm_journal_entry} read model. */
@Component
@Profile("query")
public class JournalEntryQueries {
    private final JdbcTemplate jdbc;

    public JournalEntryQueries(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @QueryHandler
    public Optional<JournalEntryView> handle(FindJournalEntry query) {
        return jdbc.query("select * from rm_journal_entry where entry_id = ?", JournalEntryQueries::row,
                query.entryId()).stream().findFirst();
    }

    static JournalEntryView row(ResultSet rs, int rowNum) throws SQLException {
        return new JournalEntryView(rs.getString("entry_id"), rs.getString("status"),
                rs.getDate("effective_date").toLocalDate(), rs.getString("description"),
                ReadJson.list(rs.getString("postings"), JournalEntryView.Line.class),
                ReadJson.list(rs.getString("posted_postings"), JournalEntryView.Line.class),
                ReadJson.stringMap(rs.getString("metadata")), rs.getString("reversal_of"),
                rs.getString("reversed_by"), rs.getTimestamp("recorded_at").toInstant(),
                rs.getTimestamp("updated_at").toInstant());
    }
}
