package bank.ledger.query.entry;

import bank.ledger.projections.readmodel.JournalEntryRow;
import bank.ledger.projections.readmodel.JournalEntryTable;
import bank.ledger.query.api.FindJournalEntry;
import java.util.Optional;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.context.annotation.Profile;
import bank.ledger.query.replica.QueryReads;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Answers journal-entry queries from the {@code rm_journal_entry} read model ({@link JournalEntryTable}). */
@Component
@Profile("query")
public class JournalEntryQueries {
    private final JdbcTemplate jdbc;

    public JournalEntryQueries(QueryReads reads) {
        this.jdbc = reads.jdbc();
    }

    @QueryHandler
    public Optional<JournalEntryRow> handle(FindJournalEntry query) {
        return jdbc.query("select " + JournalEntryTable.columns("") + " from " + JournalEntryTable.TABLE + " where "
                + JournalEntryTable.ENTRY_ID + " = ?", JournalEntryTable.ROW, query.entryId()).stream().findFirst();
    }
}
