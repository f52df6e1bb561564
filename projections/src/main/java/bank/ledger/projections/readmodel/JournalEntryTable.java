package bank.ledger.projections.readmodel;

import bank.ledger.domain.entry.api.FxLeg;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import org.springframework.jdbc.core.RowMapper;

/**
 * Table {@code rm_journal_entry} (processing group {@code journal-entries}): its name, columns and the
 * mapper to {@link JournalEntryRow}. {@code postings} and {@code posted_postings} are jsonb arrays of
 * {@link JournalEntryRow.Line}; {@link #postingsContainAccount} is the containment test on them.
 */
public final class JournalEntryTable {
    public static final String TABLE = "rm_journal_entry";
    public static final String ENTRY_ID = "entry_id";
    public static final String STATUS = "status";
    public static final String EFFECTIVE_DATE = "effective_date";
    public static final String DESCRIPTION = "description";
    public static final String POSTINGS = "postings";
    public static final String POSTED_POSTINGS = "posted_postings";
    public static final String METADATA = "metadata";
    public static final String REVERSAL_OF = "reversal_of";
    public static final String REVERSED_BY = "reversed_by";
    public static final String RECORDED_AT = "recorded_at";
    public static final String UPDATED_AT = "updated_at";
    public static final String LAST_SEQUENCE = "last_sequence";
    /** jsonb array of the entry's rates ({@code FxLeg}), empty for a one-currency entry (Flyway V16_0). */
    public static final String FX = "fx";
    /** The columns {@link #ROW} reads. */
    public static final List<String> COLUMNS = List.of(ENTRY_ID, STATUS, EFFECTIVE_DATE, DESCRIPTION, POSTINGS,
            POSTED_POSTINGS, METADATA, REVERSAL_OF, REVERSED_BY, RECORDED_AT, UPDATED_AT, FX);
    public static final RowMapper<JournalEntryRow> ROW = JournalEntryTable::row;

    private JournalEntryTable() {
    }

    /** The select list of {@link #COLUMNS}, each prefixed with {@code alias.} (empty alias: none). */
    public static String columns(String alias) {
        String prefix = alias.isEmpty() ? "" : alias + ".";
        return String.join(", ", COLUMNS.stream().map(c -> prefix + c).toList());
    }

    /** The jsonb value for {@code postings @> ?::jsonb} that finds the entries with a line on the account. */
    public static String postingsContainAccount(String accountId) {
        return "[{\"accountId\":" + ReadModelJson.write(accountId) + "}]";
    }

    private static JournalEntryRow row(ResultSet rs, int rowNum) throws SQLException {
        return new JournalEntryRow(rs.getString(ENTRY_ID), rs.getString(STATUS),
                rs.getDate(EFFECTIVE_DATE).toLocalDate(), rs.getString(DESCRIPTION),
                ReadModelJson.list(rs.getString(POSTINGS), JournalEntryRow.Line.class),
                ReadModelJson.list(rs.getString(POSTED_POSTINGS), JournalEntryRow.Line.class),
                ReadModelJson.stringMap(rs.getString(METADATA)), rs.getString(REVERSAL_OF), rs.getString(REVERSED_BY),
                rs.getTimestamp(RECORDED_AT).toInstant(), rs.getTimestamp(UPDATED_AT).toInstant(),
                ReadModelJson.list(rs.getString(FX), FxLeg.class));
    }
}
