package bank.ledger.connectors.ingestion;

import bank.ledger.domain.statement.api.StatementHeader;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Import bookkeeping written as the pipeline goes (not a projection): progress of each statement's
 * line batches, and the intraday reports of a day that its end-of-day statement retires.
 */
public class StatementIntake {
    public static final String IMPORTING = "IMPORTING";
    public static final String COMPLETE = "COMPLETE";
    public static final String FAILED = "FAILED";
    private static final List<String> INTRADAY = List.of("camt.052", "MT942");
    private static final List<String> END_OF_DAY = List.of("camt.053", "MT940");
    private final JdbcTemplate jdbc;

    public StatementIntake(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Answers false when the statement was registered before (a duplicate delivery). */
    public boolean register(String key, StatementHeader header) {
        return jdbc.update("""
                insert into stmt_intake (statement_key, bank_account, currency, message_type, closing_date, line_count,
                    lines_done, status, channel, received_at)
                values (?, ?, ?, ?, ?, ?, 0, ?, ?, ?) on conflict (statement_key) do nothing""",
                key, header.bankAccount(), header.currency(), header.messageType(), header.closingDate(),
                header.lineCount(), IMPORTING, header.channel(), Timestamp.from(Instant.now())) == 1;
    }

    public void progress(String key, int linesDone, int lineCount) {
        boolean complete = linesDone >= lineCount;
        jdbc.update("update stmt_intake set lines_done = greatest(lines_done, ?), status = ?, completed_at = ?, failure = null "
                + "where statement_key = ?", linesDone, complete ? COMPLETE : IMPORTING,
                complete ? Timestamp.from(Instant.now()) : null, key);
    }

    public void failed(String key, String failure) {
        jdbc.update("update stmt_intake set status = ?, failure = ? where statement_key = ?", FAILED,
                StatementLines.cut(failure, 500), key);
    }

    public String status(String key) {
        return jdbc.query("select status from stmt_intake where statement_key = ?", rs -> rs.next() ? rs.getString(1) : null, key);
    }

    public void superseded(String key, String by) {
        jdbc.update("update stmt_intake set superseded_by = ? where statement_key = ?", by, key);
    }

    public static boolean isEndOfDay(String messageType) {
        return END_OF_DAY.contains(messageType);
    }

    /** The statements an arriving one retires, or the end-of-day statement that retires an arriving report. */
    public List<String> intradayOfDay(StatementHeader endOfDay) {
        return jdbc.queryForList("select statement_key from stmt_intake where bank_account = ? and currency = ? "
                + "and closing_date = ? and message_type in ('camt.052', 'MT942') and superseded_by is null", String.class,
                endOfDay.bankAccount(), endOfDay.currency(), endOfDay.closingDate());
    }

    public String endOfDayFor(StatementHeader intraday) {
        if (!INTRADAY.contains(intraday.messageType())) {
            return null;
        }
        return jdbc.query("select statement_key from stmt_intake where bank_account = ? and currency = ? "
                        + "and closing_date = ? and message_type in ('camt.053', 'MT940') limit 1",
                rs -> rs.next() ? rs.getString(1) : null, intraday.bankAccount(), intraday.currency(),
                intraday.closingDate());
    }
}
