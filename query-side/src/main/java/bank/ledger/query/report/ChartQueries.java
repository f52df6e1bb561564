package bank.ledger.query.report;

import bank.ledger.domain.account.api.AccountType;
import bank.ledger.query.api.ChartView;
import bank.ledger.query.api.FindChartOfAccounts;
import bank.ledger.query.line.LedgerLines;
import java.sql.Timestamp;
import java.util.List;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.context.annotation.Profile;
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
    private static final String NET = """
            select account_id, sum(change_debits_posted - change_credits_posted) as net from rm_account_line
            where effective_date <= ? and recorded_at <= ? group by account_id""";
    private final JdbcTemplate jdbc;

    public ChartQueries(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @QueryHandler
    public ChartView handle(FindChartOfAccounts q) {
        Timestamp knownAt = LedgerLines.knownAt(q.asKnownAt());
        List<ChartView.TypeTotal> byType = jdbc.query("with net as (" + NET + ") "
                        + "select a.type, a.currency, count(*), coalesce(sum(n.net * " + AccountType.netDebitSignSql("a.type") + "), 0) "
                        + "from rm_account a left join net n on n.account_id = a.account_id "
                        + "group by a.type, a.currency order by a.type, a.currency",
                (rs, i) -> new ChartView.TypeTotal(rs.getString(1), rs.getString(2), rs.getLong(3), rs.getLong(4)),
                q.date(), knownAt);
        List<ChartView.ChartAccount> rows = jdbc.query("""
                with recursive net as (%s),
                page as (select * from rm_account where code > ? order by code limit ?),
                tree (root_id, account_id) as (
                    select account_id, account_id from page
                    union all
                    select t.root_id, c.account_id from tree t join rm_account c on c.parent_account_id = t.account_id)
                select p.account_id, p.code, p.name, p.type, p.currency, p.parent_account_id,
                       coalesce(max(case when t.account_id = p.account_id then n.net end), 0) * %s as own,
                       coalesce(sum(case when a.currency = p.currency then n.net end), 0) * %s as subtree,
                       count(*) - 1 as descendants
                from page p join tree t on t.root_id = p.account_id
                join rm_account a on a.account_id = t.account_id
                left join net n on n.account_id = t.account_id
                group by p.account_id, p.code, p.name, p.type, p.currency, p.parent_account_id
                order by p.code""".formatted(NET, AccountType.netDebitSignSql("p.type"), AccountType.netDebitSignSql("p.type")),
                (rs, i) -> new ChartView.ChartAccount(rs.getString(1), rs.getString(2), rs.getString(3),
                        rs.getString(4), rs.getString(5), rs.getString(6), rs.getLong(7), rs.getLong(8), rs.getLong(9)),
                q.date(), knownAt, q.afterCode() == null ? "" : q.afterCode(), q.pageSize() + 1);
        boolean more = rows.size() > q.pageSize();
        List<ChartView.ChartAccount> page = more ? rows.subList(0, q.pageSize()) : rows;
        return new ChartView(byType, List.copyOf(page), more ? page.get(page.size() - 1).code() : null);
    }
}
