package bank.ledger.connectors.read;

import bank.ledger.domain.money.MoneyFormat;
import bank.ledger.domain.statement.api.StatementWarning;
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
    public BankStatementView statement(String key) {
        Map<String, Object> intake = one("select * from stmt_intake where statement_key = ?", key);
        Map<String, Object> statement = one("select * from recon_statement where statement_key = ?", key);
        if (intake == null && statement == null) {
            throw LedgerRefusal.of(RefusalCode.STATEMENT_NOT_FOUND, "statementKey", "no statement " + key);
        }
        BankStatementView.ImportProgress progress = intake == null ? null : new BankStatementView.ImportProgress(
                (String) intake.get("status"), (Integer) intake.get("lines_done"), (Integer) intake.get("line_count"),
                (String) intake.get("channel"), (String) intake.get("failure"));
        if (statement == null) {
            return new BankStatementView(key, progress, null, null, null, null, null, null, null, null, null, null, null,
                    null);
        }
        String currency = (String) statement.get("currency");
        return new BankStatementView(key, progress, (String) statement.get("bank_account"), currency,
                (String) statement.get("message_type"), (String) statement.get("statement_id"),
                (String) statement.get("ledger_account_id"), text(statement.get("closing_date")),
                money((Long) statement.get("closing_minor"), currency), (String) statement.get("superseded_by"),
                proven(statement), bankDifference(statement), warnings(statement),
                countsByStatus("statement_key = ?", key, currency));
    }

    /** Whether the bank's own balances add up: if not, the bank's difference (closing minus opening plus booked lines). */
    static boolean proven(Map<String, Object> statement) {
        return statement.get("difference_minor") == null;
    }

    static String bankDifference(Map<String, Object> statement) {
        return money((Long) statement.get("difference_minor"), (String) statement.get("currency"));
    }

    /** The statement's warnings with their lines. */
    static List<StatementWarning> warnings(Map<String, Object> statement) {
        return ReconJson.warnings(json(statement.get("warnings")));
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }

    /** A jsonb column as read by {@code queryForList}: the driver's object, whose text is the JSON. */
    private static String json(Object column) {
        return column == null ? null : column.toString();
    }

    public ReconciliationAccountView account(String ledgerAccountId) {
        String currency = jdbc.query("select currency from recon_statement where ledger_account_id = ? limit 1",
                rs -> rs.next() ? rs.getString(1) : null, ledgerAccountId);
        if (currency == null) {
            throw LedgerRefusal.of(RefusalCode.STATEMENT_NOT_FOUND, "ledgerAccountId",
                    "no statement was recorded for ledger account " + ledgerAccountId);
        }
        Long statements = jdbc.queryForObject("select count(*) from recon_statement where ledger_account_id = ?",
                Long.class, ledgerAccountId);
        LocalDate oldest = jdbc.query("select min(booking_date) from recon_line where ledger_account_id = ? "
                + "and status in ('OPEN', 'SUSPENDED')", rs -> rs.next() ? rs.getObject(1, LocalDate.class) : null,
                ledgerAccountId);
        return new ReconciliationAccountView(ledgerAccountId, currency, statements == null ? 0 : statements,
                countsByStatus("ledger_account_id = ?", ledgerAccountId, currency), oldest == null ? null : ageDays(oldest));
    }

    /** Open and suspended lines, oldest booking first, keyset-paged on (booking date, statement, line). */
    public BankStatementLinePages.OpenItemsPage openItems(String ledgerAccountId, String after, int pageSize) {
        Cursor cursor = Cursor.parse(after);
        List<BankStatementLineView> items = jdbc.query("""
                select * from recon_line where ledger_account_id = ? and status in ('OPEN', 'SUSPENDED')
                  and (coalesce(booking_date, date '0001-01-01'), statement_key, line_no) > (?, ?, ?)
                order by coalesce(booking_date, date '0001-01-01'), statement_key, line_no limit ?""", this::lineView, ledgerAccountId,
                cursor.date(), cursor.key(), cursor.lineNo(), pageSize);
        String next = items.size() < pageSize ? null : items.get(items.size() - 1).cursor();
        return new BankStatementLinePages.OpenItemsPage(items, next, next);
    }

    public BankStatementLinePages.BankStatementLinesPage lines(String key, int afterLine, int pageSize) {
        List<BankStatementLineView> lines = jdbc.query("select * from recon_line where statement_key = ? and line_no > ? "
                + "order by line_no limit ?", this::lineView, key, afterLine, pageSize);
        Integer next = lines.size() < pageSize ? null : lines.get(lines.size() - 1).lineNo();
        return new BankStatementLinePages.BankStatementLinesPage(lines, next, lines, next);
    }

    public BankStatementProof proof(String key) {
        Map<String, Object> s = one("select * from recon_statement where statement_key = ?", key);
        if (s == null) {
            throw LedgerRefusal.of(RefusalCode.STATEMENT_NOT_FOUND, "statementKey", "no statement " + key);
        }
        return ProofView.of(jdbc, s);
    }

    private Map<String, BankStatementView.StatusTotal> countsByStatus(String where, String value, String currency) {
        Map<String, BankStatementView.StatusTotal> counts = new LinkedHashMap<>();
        jdbc.query("select status, count(*), coalesce(sum(signed_minor), 0) from recon_line where " + where
                + " group by status order by status", (ResultSet rs) -> {
                    counts.put(rs.getString(1), new BankStatementView.StatusTotal(rs.getLong(2),
                            money(rs.getLong(3), currency)));
                }, value);
        return counts;
    }

    private BankStatementLineView lineView(ResultSet rs, int row) throws SQLException {
        LocalDate booking = rs.getObject("booking_date", LocalDate.class);
        LocalDate value = rs.getObject("value_date", LocalDate.class);
        String currency = rs.getString("currency");
        return new BankStatementLineView(rs.getString("statement_key"), rs.getInt("line_no"),
                money(rs.getLong("signed_minor"), currency), currency, text(booking), text(value),
                rs.getString("exact_amount"), rs.getString("exact_currency"), rs.getString("reference"),
                rs.getString("end_to_end_id"), rs.getString("counterparty"), rs.getString("description"),
                rs.getString("status"), rs.getString("rule"), rs.getObject("score", Integer.class),
                ReconJson.items(rs.getString("items")), rs.getString("suspense_entry_id"),
                rs.getString("difference_entry_id"), rs.getString("decided_by"), rs.getString("review_reason"),
                ReconJson.warnings(rs.getString("warnings")), booking == null ? null : ageDays(booking),
                Cursor.of(booking, rs.getString("statement_key"), rs.getInt("line_no")));
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
