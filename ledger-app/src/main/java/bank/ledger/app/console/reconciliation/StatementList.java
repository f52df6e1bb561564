package bank.ledger.app.console.reconciliation;

import bank.ledger.domain.money.MoneyFormat;
import bank.ledger.domain.refusal.Fields;
import bank.ledger.query.QueryParams;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The bank statements as they were delivered, newest first, with their import progress and whether the
 * bank's own balances add up: the worklist's start. Keyset-paged on (received at, statement key), read
 * from the ingestion's bookkeeping ({@code stmt_intake}) and the reconciliation read model.
 */
final class StatementList {
    private final JdbcTemplate jdbc;

    StatementList(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** One delivered statement; {@code proven} is null until the read model has the statement. */
    record Row(String statementKey, String bankAccount, String currency, String messageType, String closingDate,
               String closingBalance, int lineCount, int linesDone, String status, String channel, Instant receivedAt,
               Boolean proven, String supersededBy) {
        /** The cursor of the page after this row. */
        String cursor() {
            return receivedAt + "|" + statementKey;
        }
    }

    record Page(List<Row> rows, String nextAfter) {
    }

    Page page(String after, int pageSize) {
        Instant before = Instant.parse("9999-12-31T23:59:59Z");
        String beforeKey = "";
        if (after != null) {
            int bar = after.indexOf('|');
            if (bar < 1 || after.length() > 200) {
                throw Fields.invalid("after", "after is a cursor from the previous page");
            }
            before = QueryParams.instant(after.substring(0, bar), "after");
            beforeKey = after.substring(bar + 1);
        }
        List<Row> rows = jdbc.query("""
                select i.*, s.closing_minor, s.difference_minor, s.statement_key as projected
                from stmt_intake i left join recon_statement s on s.statement_key = i.statement_key
                where (i.received_at, i.statement_key) < (?, ?)
                order by i.received_at desc, i.statement_key desc limit ?""", StatementList::row,
                Timestamp.from(before), beforeKey, pageSize);
        return new Page(rows, rows.size() < pageSize ? null : rows.get(rows.size() - 1).cursor());
    }

    private static Row row(ResultSet rs, int n) throws SQLException {
        String currency = rs.getString("currency");
        Object closing = rs.getObject("closing_minor");
        boolean projected = rs.getString("projected") != null;
        return new Row(rs.getString("statement_key"), rs.getString("bank_account"), currency,
                rs.getString("message_type"), rs.getString("closing_date"),
                closing == null ? null : MoneyFormat.format(((Number) closing).longValue(), currency),
                rs.getInt("line_count"), rs.getInt("lines_done"), rs.getString("status"), rs.getString("channel"),
                rs.getTimestamp("received_at").toInstant(),
                projected ? rs.getObject("difference_minor") == null : null, rs.getString("superseded_by"));
    }
}
