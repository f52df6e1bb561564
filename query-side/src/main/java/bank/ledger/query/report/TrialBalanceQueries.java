package bank.ledger.query.report;

import bank.ledger.projections.readmodel.AccountLineTable;
import bank.ledger.projections.readmodel.AccountTable;
import bank.ledger.query.api.FindPeriodTrialBalance;
import bank.ledger.query.api.FindTrialBalance;
import bank.ledger.query.api.PeriodTrialBalanceView;
import bank.ledger.query.api.TrialBalanceView;
import bank.ledger.query.api.TrialBalanceView.AccountBalance;
import bank.ledger.query.api.TrialBalanceView.CurrencyTotals;
import bank.ledger.query.line.LedgerLines;
import java.sql.Timestamp;
import java.util.List;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.context.annotation.Profile;
import bank.ledger.query.replica.QueryReads;
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
    /**
     * Per account and currency over one period: the net debit carried forward from before its first day, and
     * the period's posted debits and credits; parameters first day (three times), last day, known-at time.
     */
    private static final String PER_ACCOUNT_IN_PERIOD = "select " + AccountLineTable.ACCOUNT_ID + ", "
            + AccountLineTable.CURRENCY + ", sum(case when " + AccountLineTable.EFFECTIVE_DATE + " < ? then "
            + AccountLineTable.CHANGE_DEBITS_POSTED + " - " + AccountLineTable.CHANGE_CREDITS_POSTED
            + " else 0 end) as opening, sum(case when " + AccountLineTable.EFFECTIVE_DATE + " >= ? then "
            + AccountLineTable.CHANGE_DEBITS_POSTED + " else 0 end) as debits, sum(case when "
            + AccountLineTable.EFFECTIVE_DATE + " >= ? then " + AccountLineTable.CHANGE_CREDITS_POSTED
            + " else 0 end) as credits from " + AccountLineTable.TABLE + " where " + LedgerLines.knownAtDate("")
            + " group by " + AccountLineTable.ACCOUNT_ID + ", " + AccountLineTable.CURRENCY;
    private final JdbcTemplate jdbc;

    public TrialBalanceQueries(QueryReads reads) {
        this.jdbc = reads.jdbc();
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

    /** The period form of the same report: carried-forward balances, the period's movements, closing balances. */
    @QueryHandler
    public PeriodTrialBalanceView handle(FindPeriodTrialBalance query) {
        Timestamp knownAt = LedgerLines.knownAt(query.asKnownAt());
        Object[] range = {query.firstDay(), query.firstDay(), query.firstDay(), query.lastDay(), knownAt};
        List<PeriodTrialBalanceView.CurrencyTotals> currencies = jdbc.query("select " + AccountLineTable.CURRENCY
                        + ", count(*), coalesce(sum(greatest(opening, 0)), 0), coalesce(sum(greatest(-opening, 0)), 0),"
                        + " coalesce(sum(debits), 0), coalesce(sum(credits), 0),"
                        + " coalesce(sum(greatest(opening + debits - credits, 0)), 0),"
                        + " coalesce(sum(greatest(credits - debits - opening, 0)), 0) from (" + PER_ACCOUNT_IN_PERIOD
                        + ") a group by " + AccountLineTable.CURRENCY + " order by " + AccountLineTable.CURRENCY,
                (rs, n) -> new PeriodTrialBalanceView.CurrencyTotals(rs.getString(1), rs.getLong(2), rs.getLong(3),
                        rs.getLong(4), rs.getLong(5), rs.getLong(6), rs.getLong(7), rs.getLong(8)), range);
        List<PeriodTrialBalanceView.AccountMovement> rows = jdbc.query("select a." + AccountLineTable.ACCOUNT_ID
                        + ", r." + AccountTable.CODE + ", r." + AccountTable.NAME + ", r." + AccountTable.TYPE + ", a."
                        + AccountLineTable.CURRENCY + ", a.opening, a.debits, a.credits from (" + PER_ACCOUNT_IN_PERIOD
                        + ") a join " + AccountTable.TABLE + " r on r." + AccountTable.ACCOUNT_ID + " = a."
                        + AccountLineTable.ACCOUNT_ID + " where r." + AccountTable.CODE + " > ? order by r."
                        + AccountTable.CODE + " limit ?",
                (rs, n) -> new PeriodTrialBalanceView.AccountMovement(rs.getString(1), rs.getString(2),
                        rs.getString(3), rs.getString(4), rs.getString(5), rs.getLong(6), rs.getLong(7), rs.getLong(8)),
                query.firstDay(), query.firstDay(), query.firstDay(), query.lastDay(), knownAt,
                query.afterCode() == null ? "" : query.afterCode(), query.pageSize() + 1);
        boolean more = rows.size() > query.pageSize();
        List<PeriodTrialBalanceView.AccountMovement> page = more ? rows.subList(0, query.pageSize()) : rows;
        return new PeriodTrialBalanceView(query.periodId(), query.firstDay(), query.lastDay(), query.asKnownAt(),
                currencies, List.copyOf(page), more ? page.get(page.size() - 1).code() : null);
    }
}
