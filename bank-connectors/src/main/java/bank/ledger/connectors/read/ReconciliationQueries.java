package bank.ledger.connectors.read;

import bank.ledger.domain.money.MoneyFormat;
import bank.ledger.domain.refusal.LedgerRefusal;
import bank.ledger.domain.refusal.RefusalCode;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Reads for the reconciliation queries, from this module's own tables only: import progress
 * ({@code stmt_intake}), statements and lines ({@code recon_statement}, {@code recon_line}) and the
 * ledger postings projected for reconciliation ({@code recon_ledger_item}).
 */
public class ReconciliationQueries {
    private final JdbcTemplate jdbc;
    private final Clock clock;

    public ReconciliationQueries(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * A statement's import progress and, once projected, what it says and how far its lines are reconciled.
     * Absent values are left out, never written as the text "null" (a failure only when the import failed).
     */
    public Map<String, Object> statement(String key) {
        Map<String, Object> intake = one("select * from stmt_intake where statement_key = ?", key);
        Map<String, Object> statement = one("select * from recon_statement where statement_key = ?", key);
        if (intake == null && statement == null) {
            throw LedgerRefusal.of(RefusalCode.STATEMENT_NOT_FOUND, "statementKey", "no statement " + key);
        }
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("statementKey", key);
        if (intake != null) {
            Map<String, Object> progress = new LinkedHashMap<>();
            progress.put("status", intake.get("status"));
            progress.put("linesDone", intake.get("lines_done"));
            progress.put("lineCount", intake.get("line_count"));
            progress.put("channel", intake.get("channel"));
            putPresent(progress, "failure", intake.get("failure"));
            view.put("import", progress);
        }
        if (statement != null) {
            String currency = (String) statement.get("currency");
            putPresent(view, "bankAccount", statement.get("bank_account"));
            putPresent(view, "currency", currency);
            putPresent(view, "messageType", statement.get("message_type"));
            putPresent(view, "statementId", statement.get("statement_id"));
            putPresent(view, "ledgerAccountId", statement.get("ledger_account_id"));
            putPresent(view, "closingDate", statement.get("closing_date") == null ? null
                    : statement.get("closing_date").toString());
            putPresent(view, "closingBalance", money((Long) statement.get("closing_minor"), currency));
            putPresent(view, "supersededBy", statement.get("superseded_by"));
            putProven(view, statement);
            view.put("lines", countsByStatus("statement_key = ?", key, currency));
        }
        return view;
    }

    /**
     * Whether the bank's own balances add up ({@code proven}); if not, the bank's difference (closing minus
     * opening plus booked lines), and the statement's warnings with their lines.
     */
    static void putProven(Map<String, Object> view, Map<String, Object> statement) {
        Long difference = (Long) statement.get("difference_minor");
        view.put("proven", difference == null);
        putPresent(view, "bankDifference", money(difference, (String) statement.get("currency")));
        view.put("warnings", ReconJson.warnings(json(statement.get("warnings"))));
    }

    static void putPresent(Map<String, Object> view, String field, Object value) {
        if (value != null) {
            view.put(field, value);
        }
    }

    /** A jsonb column as read by {@code queryForList}: the driver's object, whose text is the JSON. */
    private static String json(Object column) {
        return column == null ? null : column.toString();
    }

    public Map<String, Object> account(String ledgerAccountId) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("ledgerAccountId", ledgerAccountId);
        String currency = jdbc.query("select currency from recon_statement where ledger_account_id = ? limit 1",
                rs -> rs.next() ? rs.getString(1) : null, ledgerAccountId);
        if (currency == null) {
            throw LedgerRefusal.of(RefusalCode.STATEMENT_NOT_FOUND, "ledgerAccountId",
                    "no statement was recorded for ledger account " + ledgerAccountId);
        }
        view.put("currency", currency);
        view.put("statements", jdbc.queryForObject("select count(*) from recon_statement where ledger_account_id = ?",
                Long.class, ledgerAccountId));
        view.put("lines", countsByStatus("ledger_account_id = ?", ledgerAccountId, currency));
        LocalDate oldest = jdbc.query("select min(booking_date) from recon_line where ledger_account_id = ? "
                + "and status in ('OPEN', 'SUSPENDED')", rs -> rs.next() ? rs.getObject(1, LocalDate.class) : null,
                ledgerAccountId);
        view.put("oldestOpenItemAgeDays", oldest == null ? null : ageDays(oldest));
        return view;
    }

    /** Open and suspended lines, oldest booking first, keyset-paged on (booking date, statement, line). */
    public Map<String, Object> openItems(String ledgerAccountId, String after, int pageSize) {
        Cursor cursor = Cursor.parse(after);
        List<Map<String, Object>> items = jdbc.query("""
                select * from recon_line where ledger_account_id = ? and status in ('OPEN', 'SUSPENDED')
                  and (coalesce(booking_date, date '0001-01-01'), statement_key, line_no) > (?, ?, ?)
                order by coalesce(booking_date, date '0001-01-01'), statement_key, line_no limit ?""", this::lineView, ledgerAccountId,
                cursor.date(), cursor.key(), cursor.lineNo(), pageSize);
        Map<String, Object> page = new LinkedHashMap<>();
        page.put("items", items);
        Object next = items.size() < pageSize ? null : items.get(items.size() - 1).get("cursor");
        page.put("nextAfter", next);
        page.put("next", next); // the old name, kept one version
        return page;
    }

    public Map<String, Object> lines(String key, int afterLine, int pageSize) {
        List<Map<String, Object>> lines = jdbc.query("select * from recon_line where statement_key = ? and line_no > ? "
                + "order by line_no limit ?", this::lineView, key, afterLine, pageSize);
        Map<String, Object> page = new LinkedHashMap<>();
        Object next = lines.size() < pageSize ? null : lines.get(lines.size() - 1).get("lineNo");
        page.put("items", lines);
        page.put("nextAfter", next);
        page.put("lines", lines); // the old names, kept one version
        page.put("nextAfterLine", next);
        return page;
    }

    public Map<String, Object> proof(String key) {
        Map<String, Object> s = one("select * from recon_statement where statement_key = ?", key);
        if (s == null) {
            throw LedgerRefusal.of(RefusalCode.STATEMENT_NOT_FOUND, "statementKey", "no statement " + key);
        }
        return ProofView.of(jdbc, s);
    }

    private Map<String, Object> countsByStatus(String where, String value, String currency) {
        Map<String, Object> counts = new LinkedHashMap<>();
        jdbc.query("select status, count(*), coalesce(sum(signed_minor), 0) from recon_line where " + where
                + " group by status order by status", (ResultSet rs) -> {
                    counts.put(rs.getString(1), Map.of("count", rs.getLong(2), "amount", money(rs.getLong(3), currency)));
                }, value);
        return counts;
    }

    private Map<String, Object> lineView(ResultSet rs, int row) throws SQLException {
        Map<String, Object> line = new LinkedHashMap<>();
        LocalDate booking = rs.getObject("booking_date", LocalDate.class);
        line.put("statementKey", rs.getString("statement_key"));
        line.put("lineNo", rs.getInt("line_no"));
        line.put("amount", money(rs.getLong("signed_minor"), rs.getString("currency")));
        line.put("currency", rs.getString("currency"));
        line.put("bookingDate", booking == null ? null : booking.toString());
        LocalDate value = rs.getObject("value_date", LocalDate.class);
        line.put("valueDate", value == null ? null : value.toString());
        putPresent(line, "exactAmount", rs.getString("exact_amount"));
        putPresent(line, "exactCurrency", rs.getString("exact_currency"));
        line.put("reference", rs.getString("reference"));
        line.put("endToEndId", rs.getString("end_to_end_id"));
        line.put("counterparty", rs.getString("counterparty"));
        line.put("description", rs.getString("description"));
        line.put("status", rs.getString("status"));
        line.put("rule", rs.getString("rule"));
        line.put("score", rs.getObject("score"));
        line.put("items", ReconJson.items(rs.getString("items")));
        line.put("suspenseEntryId", rs.getString("suspense_entry_id"));
        line.put("differenceEntryId", rs.getString("difference_entry_id"));
        line.put("decidedBy", rs.getString("decided_by"));
        putPresent(line, "reviewReason", rs.getString("review_reason"));
        line.put("warnings", ReconJson.warnings(rs.getString("warnings")));
        line.put("ageDays", booking == null ? null : ageDays(booking));
        line.put("cursor", Cursor.of(booking, rs.getString("statement_key"), rs.getInt("line_no")));
        return line;
    }

    private long ageDays(LocalDate date) {
        return ChronoUnit.DAYS.between(date, LocalDate.now(clock));
    }

    private Map<String, Object> one(String sql, String key) {
        List<Map<String, Object>> rows = jdbc.queryForList(sql, key);
        return rows.isEmpty() ? null : rows.get(0);
    }

    static String money(Long minor, String currency) {
        return minor == null ? null : MoneyFormat.format(minor, currency);
    }
}
