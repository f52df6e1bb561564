package bank.ledger.query.report;

import bank.ledger.domain.account.api.AccountType;
import bank.ledger.projections.readmodel.AccountLineTable;
import bank.ledger.projections.readmodel.AccountTable;
import bank.ledger.query.api.ChartView;
import bank.ledger.query.api.FindChartOfAccounts;
import bank.ledger.query.line.LedgerLines;
import java.sql.Timestamp;
import java.util.List;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.context.annotation.Profile;
import bank.ledger.query.replica.QueryReads;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Roll-ups by type and by parent from {@code rm_account_line} and {@code rm_account}. The tree walk is a
 * recursive query from the page's accounts down; it ends because parents must exist before their
 * children open and never change, so the chart has no cycle.
 */
@Component
@Profile("query")
public class ChartQueries {
    /** Net posted debit per account up to the date, as known at the time. */
    private static final String NET = "select " + AccountLineTable.ACCOUNT_ID + ", sum(" + AccountLineTable.CHANGE_DEBITS_POSTED + " - "
            + AccountLineTable.CHANGE_CREDITS_POSTED + ") as net from " + AccountLineTable.TABLE + " where " + LedgerLines.knownAtDate("")
            + " group by " + AccountLineTable.ACCOUNT_ID;
    private static final String BY_TYPE = "with net as (" + NET + ") select a." + AccountTable.TYPE + ", a." + AccountTable.CURRENCY
            + ", count(*), coalesce(sum(n.net * " + AccountType.netDebitSignSql("a." + AccountTable.TYPE) + "), 0) from "
            + AccountTable.TABLE + " a left join net n on n." + AccountLineTable.ACCOUNT_ID + " = a." + AccountTable.ACCOUNT_ID + " group by a." + AccountTable.TYPE
            + ", a." + AccountTable.CURRENCY + " order by a." + AccountTable.TYPE + ", a." + AccountTable.CURRENCY;
    /** The page's accounts with their own and their subtree's balances (same currency), on the normal side. */
    private static final String TREE = """
            with recursive net as (%1$s),
            page as (select * from %2$s where %3$s > ? order by %3$s limit ?),
            tree (root_id, account_id) as (
                select %4$s, %4$s from page
                union all
                select t.root_id, c.%4$s from tree t join %2$s c on c.%5$s = t.account_id)
            select p.%4$s, p.%3$s, p.%6$s, p.%7$s, p.%8$s, p.%5$s,
                   coalesce(max(case when t.account_id = p.%4$s then n.net end), 0) * %9$s as own,
                   coalesce(sum(case when a.%8$s = p.%8$s then n.net end), 0) * %9$s as subtree,
                   count(*) - 1 as descendants
            from page p join tree t on t.root_id = p.%4$s
            join %2$s a on a.%4$s = t.account_id
            left join net n on n.%10$s = t.account_id
            group by p.%4$s, p.%3$s, p.%6$s, p.%7$s, p.%8$s, p.%5$s
            order by p.%3$s""".formatted(NET, AccountTable.TABLE, AccountTable.CODE, AccountTable.ACCOUNT_ID, AccountTable.PARENT_ACCOUNT_ID, AccountTable.NAME, AccountTable.TYPE,
            AccountTable.CURRENCY, AccountType.netDebitSignSql("p." + AccountTable.TYPE), AccountLineTable.ACCOUNT_ID);
    private final JdbcTemplate jdbc;

    public ChartQueries(QueryReads reads) {
        this.jdbc = reads.jdbc();
    }

    @QueryHandler
    public ChartView handle(FindChartOfAccounts q) {
        Timestamp knownAt = LedgerLines.knownAt(q.asKnownAt());
        List<ChartView.TypeTotal> byType = jdbc.query(BY_TYPE,
                (rs, i) -> new ChartView.TypeTotal(rs.getString(1), rs.getString(2), rs.getLong(3), rs.getLong(4)),
                q.date(), knownAt);
        List<ChartView.ChartAccount> rows = jdbc.query(TREE,
                (rs, i) -> new ChartView.ChartAccount(rs.getString(1), rs.getString(2), rs.getString(3),
                        rs.getString(4), rs.getString(5), rs.getString(6), rs.getLong(7), rs.getLong(8), rs.getLong(9)),
                q.date(), knownAt, q.afterCode() == null ? "" : q.afterCode(), q.pageSize() + 1);
        boolean more = rows.size() > q.pageSize();
        List<ChartView.ChartAccount> page = more ? rows.subList(0, q.pageSize()) : rows;
        return new ChartView(byType, List.copyOf(page), more ? page.get(page.size() - 1).code() : null);
    }
}
