package bank.ledger.query.report;

import bank.ledger.projections.readmodel.AccountLineTable;
import bank.ledger.projections.readmodel.AccountTable;
import bank.ledger.query.api.FindTrialBalance;
import bank.ledger.query.api.TrialBalanceView;
import bank.ledger.query.api.TrialBalanceView.AccountBalance;
import bank.ledger.query.api.TrialBalanceView.CurrencyTotals;
import bank.ledger.query.line.LedgerLines;
import java.sql.Timestamp;
import java.util.List;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.context.annotation.Profile;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The trial balance from {@code rm_account_line}: every account's posted lines up to the date, as known
 * at the time asked. Totals come from the lines alone, so they cover every account, paged or not.
 */
@Component
@Profile("query")
public class TrialBalanceQueries {
    /** Per account and currency: posted debits and credits up to the date, as known at the time. */
    private static final String PER_ACCOUNT = "select " + AccountLineTable.ACCOUNT_ID + ", " + AccountLineTable.CURRENCY + ", sum("
            + AccountLineTable.CHANGE_DEBITS_POSTED + ") as debits, sum(" + AccountLineTable.CHANGE_CREDITS_POSTED + ") as credits from " + AccountLineTable.TABLE
            + " where " + LedgerLines.knownAtDate("") + " group by " + AccountLineTable.ACCOUNT_ID + ", " + AccountLineTable.CURRENCY;
    private final JdbcTemplate jdbc;

    public TrialBalanceQueries(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @QueryHandler
    public TrialBalanceView handle(FindTrialBalance query) {
        Timestamp knownAt = LedgerLines.knownAt(query.asKnownAt());
        List<CurrencyTotals> currencies = jdbc.query("select " + AccountLineTable.CURRENCY + ", count(*), "
                        + "coalesce(sum(greatest(debits - credits, 0)), 0), coalesce(sum(greatest(credits - debits, 0)), 0), "
                        + "coalesce(sum(debits), 0), coalesce(sum(credits), 0) from (" + PER_ACCOUNT + ") a "
                        + "group by " + AccountLineTable.CURRENCY + " order by " + AccountLineTable.CURRENCY,
                (rs, n) -> new CurrencyTotals(rs.getString(1), rs.getLong(2), rs.getLong(3), rs.getLong(4),
                        rs.getLong(5), rs.getLong(6)), query.date(), knownAt);
        List<AccountBalance> rows = jdbc.query("select a." + AccountLineTable.ACCOUNT_ID + ", r." + AccountTable.CODE + ", r." + AccountTable.NAME + ", r."
                        + AccountTable.TYPE + ", a." + AccountLineTable.CURRENCY + ", a.debits, a.credits from (" + PER_ACCOUNT + ") a join "
                        + AccountTable.TABLE + " r on r." + AccountTable.ACCOUNT_ID + " = a." + AccountLineTable.ACCOUNT_ID + " where r." + AccountTable.CODE
                        + " > ? order by r." + AccountTable.CODE + " limit ?",
                (rs, n) -> AccountBalance.of(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getLong(6), rs.getLong(7)),
                query.date(), knownAt, query.afterCode() == null ? "" : query.afterCode(), query.pageSize() + 1);
        boolean more = rows.size() > query.pageSize();
        List<AccountBalance> page = more ? rows.subList(0, query.pageSize()) : rows;
        return new TrialBalanceView(query.date(), query.asKnownAt(), currencies, List.copyOf(page),
                more ? page.get(page.size() - 1).code() : null);
    }
}
