package bank.ledger.connectors.matching;

import static bank.ledger.connectors.read.OpenPostings.CLAIMED;
import static bank.ledger.connectors.read.OpenPostings.OPEN_MINOR;

import bank.ledger.connectors.read.Cursor;
import java.sql.Array;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;

/** What the engine and the suspense job read: open lines and the free ledger postings of an account. */
public class ReconciliationStore {
    /** A line (alias l) the engine still works on: open or suspended, not left to people, holding no claim. */
    private static final String ENGINE_OPEN = """
            l.status in ('OPEN', 'SUSPENDED') and not l.manual_only
              and not exists (select 1 from recon_claim c where c.statement_key = l.statement_key
                              and c.line_no = l.line_no)""";
    /** The engine's order of an account's lines: oldest booking first (the keyset of its pages). */
    private static final String LINE_ORDER =
            " order by coalesce(l.booking_date, date '0001-01-01'), l.statement_key, l.line_no limit ?";
    private final JdbcTemplate jdbc;

    public ReconciliationStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Accounts with open lines, and a fingerprint of what changed for them since the last pass. */
    public record AccountState(String ledgerAccountId, String fingerprint) {
    }

    public List<AccountState> accountsWithOpenLines() {
        return jdbc.query("""
                select l.ledger_account_id, max(l.updated_at) as lines_changed, count(*) as open_lines,
                    (select max(i.item_id) from recon_ledger_item i where i.account_id = l.ledger_account_id) as items,
                    (select count(*) from recon_claim) as claims
                from recon_line l where l.status in ('OPEN', 'SUSPENDED') group by l.ledger_account_id""",
                (rs, i) -> new AccountState(rs.getString(1), rs.getTimestamp(2) + "/" + rs.getLong(3) + "/"
                        + rs.getLong(4) + "/" + rs.getLong(5)));
    }

    /** One page of the account's open lines after {@code after} (null: from the start), oldest booking first. */
    public List<OpenLine> openLines(String ledgerAccountId, OpenLine after, int limit) {
        Cursor from = after == null ? Cursor.parse(null) : new Cursor(after.bookingDate() == null ? Cursor.NO_DATE
                : after.bookingDate(), after.statementKey(), after.lineNo());
        // a line with claims was just matched and the read model has not caught up: skip it
        return jdbc.query("select * from recon_line l where l.ledger_account_id = ? and " + ENGINE_OPEN
                + " and (coalesce(l.booking_date, date '0001-01-01'), l.statement_key, l.line_no) > (?, ?, ?)"
                + LINE_ORDER, ReconciliationStore::line, ledgerAccountId, from.date(), from.key(), from.lineNo(), limit);
    }

    /**
     * Open lines of the account, outside the page, that carry one of the identifiers: the other
     * instalments of a payment whose parts are further apart than one page. Bounded by {@code limit}.
     */
    public List<OpenLine> openLinesNamed(String ledgerAccountId, Collection<String> identifiers, Set<OpenLine> page,
                                         int limit) {
        if (identifiers.isEmpty()) {
            return List.of();
        }
        String[] ids = identifiers.toArray(String[]::new);
        return jdbc.query(connection -> {
            PreparedStatement query = connection.prepareStatement("select * from recon_line l "
                    + "where l.ledger_account_id = ? and " + ENGINE_OPEN
                    + " and (l.end_to_end_id = any(?) or l.reference = any(?) or l.customer_reference = any(?))"
                    + LINE_ORDER);
            Array array = connection.createArrayOf("varchar", ids);
            query.setString(1, ledgerAccountId);
            query.setArray(2, array);
            query.setArray(3, array);
            query.setArray(4, array);
            query.setInt(5, limit + page.size());
            return query;
        }, ReconciliationStore::line).stream().filter(line -> !page.contains(line)).limit(limit).toList();
    }

    /** Open lines recorded before the instant, of one statement or (key null) of all. */
    public List<OpenLine> agedOpenLines(Instant recordedBefore, String statementKey, int limit) {
        return jdbc.query("""
                select * from recon_line l where l.status = 'OPEN' and l.recorded_at < ?
                  and (cast(? as varchar) is null or l.statement_key = ?)
                  and not exists (select 1 from recon_claim c where c.statement_key = l.statement_key
                                  and c.line_no = l.line_no)
                order by l.recorded_at, l.statement_key, l.line_no limit ?""", ReconciliationStore::line,
                Timestamp.from(recordedBefore), statementKey, statementKey, limit);
    }

    public OpenLine line(String statementKey, int lineNo) {
        List<OpenLine> found = jdbc.query("select * from recon_line where statement_key = ? and line_no = ?",
                ReconciliationStore::line, statementKey, lineNo);
        return found.isEmpty() ? null : found.get(0);
    }

    /** Postings of the account in the date range with something open; only ledger entries, not our own. */
    public List<LedgerItem> freeItems(String ledgerAccountId, LocalDate from, LocalDate to, int limit) {
        return jdbc.query("select i.*, " + OPEN_MINOR + " as open_minor from recon_ledger_item i " + CLAIMED + """
                 where i.account_id = ? and i.origin = 'ledger' and i.effective_date between ? and ?
                  and (t.claimed_minor is null or t.claimed_minor <> i.signed_minor)
                order by i.effective_date, i.item_id limit ?""", ReconciliationStore::item, ledgerAccountId, from, to, limit);
    }

    /**
     * The matchable postings of one journal entry on one account (a manual match names the entry): not
     * reconciliation's own entries, nor reversed entries or their reversals.
     */
    public List<LedgerItem> itemsOnAccount(String entryId, String accountId) {
        return jdbc.query("select i.*, " + OPEN_MINOR + " as open_minor from recon_ledger_item i " + CLAIMED
                + " where i.entry_id = ? and i.account_id = ? and i.origin = 'ledger' order by i.posting_index",
                ReconciliationStore::item,
                entryId, accountId);
    }

    private static OpenLine line(ResultSet rs, int row) throws SQLException {
        return new OpenLine(rs.getString("statement_key"), rs.getInt("line_no"), rs.getString("ledger_account_id"),
                rs.getLong("signed_minor"), rs.getString("currency"), rs.getObject("booking_date", LocalDate.class),
                rs.getObject("value_date", LocalDate.class), rs.getString("reference"), rs.getString("customer_reference"),
                rs.getString("end_to_end_id"), rs.getString("counterparty"), rs.getString("description"),
                rs.getString("suspense_entry_id"), rs.getInt("epoch"));
    }

    private static LedgerItem item(ResultSet rs, int row) throws SQLException {
        return new LedgerItem(rs.getString("entry_id"), rs.getInt("posting_index"), rs.getLong("signed_minor"),
                rs.getLong("open_minor"), rs.getObject("effective_date", LocalDate.class), rs.getString("description"),
                rs.getString("end_to_end_id"), rs.getString("reference"));
    }
}
