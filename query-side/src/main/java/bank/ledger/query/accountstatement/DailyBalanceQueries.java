package bank.ledger.query.accountstatement;

import bank.ledger.projections.readmodel.AccountLineTable;

import bank.ledger.query.api.DailyBalancesView;
import bank.ledger.query.api.FindDailyBalances;
import bank.ledger.query.line.LedgerLines;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.context.annotation.Profile;
import bank.ledger.query.replica.QueryReads;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The daily balance history, computed from {@code rm_account_line} per request rather than stored per
 * day: a back-dated entry would otherwise have to rewrite every later day, and "as known at" would
 * need one history per recorded time.
 */
@Component
@Profile("query")
public class DailyBalanceQueries {
    private final JdbcTemplate jdbc;
    private final LedgerLines ledgerLines;

    public DailyBalanceQueries(QueryReads reads, LedgerLines ledgerLines) {
        this.jdbc = reads.jdbc();
        this.ledgerLines = ledgerLines;
    }

    @QueryHandler
    public Optional<DailyBalancesView> handle(FindDailyBalances q) {
        return ledgerLines.account(q.accountId()).map(account -> {
            long opening = RunningBalance.onNormalSide(account.type(),
                    ledgerLines.upTo(account.accountId(), q.from().minusDays(1), q.asKnownAt()).netDebitPosted());
            List<DailyBalancesView.Day> movements = jdbc.query("with moves as (select " + AccountLineTable.EFFECTIVE_DATE
                            + ", sum(" + AccountLineTable.CHANGE_DEBITS_POSTED + ") as debits, sum(" + AccountLineTable.CHANGE_CREDITS_POSTED
                            + ") as credits from " + AccountLineTable.TABLE + " where " + AccountLineTable.ACCOUNT_ID + " = ? and " + AccountLineTable.EFFECTIVE_DATE
                            + " >= ? and " + LedgerLines.knownAtDate("") + " group by " + AccountLineTable.EFFECTIVE_DATE + ") "
                            + "select d::date as day, coalesce(m.debits, 0), coalesce(m.credits, 0) "
                            + "from generate_series(?::date, ?::date, interval '1 day') d "
                            + "left join moves m on m." + AccountLineTable.EFFECTIVE_DATE + " = d::date order by day",
                    (rs, i) -> new DailyBalancesView.Day(rs.getDate(1).toLocalDate(), rs.getLong(2), rs.getLong(3), 0),
                    q.accountId(), q.from(), q.to(), LedgerLines.knownAt(q.asKnownAt()), q.from(), q.to());
            return new DailyBalancesView(account.accountId(), account.currency(), opening,
                    closings(account.type(), opening, movements));
        });
    }

    static List<DailyBalancesView.Day> closings(String accountType, long opening, List<DailyBalancesView.Day> days) {
        List<DailyBalancesView.Day> result = new ArrayList<>(days.size());
        long balance = opening;
        for (DailyBalancesView.Day day : days) {
            balance = Math.addExact(balance,
                    RunningBalance.onNormalSide(accountType, Math.subtractExact(day.debits(), day.credits())));
            result.add(new DailyBalancesView.Day(day.date(), day.debits(), day.credits(), balance));
        }
        return List.copyOf(result);
    }
}
