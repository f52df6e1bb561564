package bank.ledger.query.statement;

import bank.ledger.query.api.AccountStatementView;
import bank.ledger.query.api.BalanceAtView;
import bank.ledger.query.api.FindAccountStatement;
import bank.ledger.query.api.FindBalanceAt;
import bank.ledger.query.api.LineKey;
import bank.ledger.query.line.LedgerLines;
import bank.ledger.query.line.LedgerLines.AccountHead;
import bank.ledger.query.line.LedgerLines.Totals;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.context.annotation.Profile;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Statements and balances at a date from {@code rm_account_line}. Lines are ordered by effective date,
 * then by the order they were recorded in, so a back-dated entry appears where it belongs and every
 * running balance after it includes it. Holds (pending-only changes) are not statement lines.
 */
@Component
@Profile("query")
public class StatementQueries {
    private final JdbcTemplate jdbc;
    private final LedgerLines ledgerLines;

    public StatementQueries(JdbcTemplate jdbc, LedgerLines ledgerLines) {
        this.jdbc = jdbc;
        this.ledgerLines = ledgerLines;
    }

    @QueryHandler
    public Optional<BalanceAtView> handle(FindBalanceAt query) {
        return ledgerLines.account(query.accountId()).map(account -> {
            Totals t = ledgerLines.upTo(account.accountId(), query.date(), query.asKnownAt());
            return new BalanceAtView(account.accountId(), account.type(), account.currency(), query.date(),
                    query.asKnownAt(), t.debitsPosted(), t.creditsPosted(), t.debitsPending(), t.creditsPending());
        });
    }

    @QueryHandler
    public Optional<AccountStatementView> handle(FindAccountStatement query) {
        return ledgerLines.account(query.accountId()).map(account -> statement(account, query));
    }

    private AccountStatementView statement(AccountHead account, FindAccountStatement q) {
        String type = account.type();
        long opening = RunningBalance.onNormalSide(type,
                ledgerLines.upTo(account.accountId(), q.from().minusDays(1), q.asKnownAt()).netDebitPosted());
        Totals period = ledgerLines.between(account.accountId(), q.from(), q.to(), q.asKnownAt());
        long closing = Math.addExact(opening, RunningBalance.onNormalSide(type, period.netDebitPosted()));
        LineKey after = q.after() == null ? LineKey.startOf(q.from()) : q.after();
        long pageOpening = Math.addExact(opening, RunningBalance.onNormalSide(type, netDebitThrough(q, after)));
        List<AccountStatementView.Line> rows = page(q, after);
        boolean more = rows.size() > q.pageSize();
        List<AccountStatementView.Line> lines = RunningBalance.apply(type, pageOpening,
                more ? rows.subList(0, q.pageSize()) : rows);
        return new AccountStatementView(account.accountId(), type, account.currency(), q.from(), q.to(),
                q.asKnownAt(), opening, period.debitsPosted(), period.creditsPosted(), closing, pageOpening, lines,
                more ? lines.get(lines.size() - 1).key() : null);
    }

    /** Net posted debit of the period's lines up to and including {@code key}: what earlier pages showed. */
    private long netDebitThrough(FindAccountStatement q, LineKey key) {
        Long net = jdbc.queryForObject("""
                select coalesce(sum(change_debits_posted - change_credits_posted), 0) from rm_account_line
                where account_id = ? and effective_date >= ? and effective_date <= ? and recorded_at <= ?
                  and (effective_date, sequence) <= (?, ?)""", Long.class,
                q.accountId(), q.from(), q.to(), LedgerLines.knownAt(q.asKnownAt()), key.effectiveDate(),
                key.sequence());
        return net == null ? 0 : net;
    }

    private List<AccountStatementView.Line> page(FindAccountStatement q, LineKey after) {
        return jdbc.query("""
                select l.sequence, l.entry_id, l.effective_date, l.recorded_at, e.description,
                       l.change_debits_posted, l.change_credits_posted, l.actor, l.channel, l.correlation_id
                from rm_account_line l left join rm_journal_entry e on e.entry_id = l.entry_id
                where l.account_id = ? and l.effective_date >= ? and l.effective_date <= ? and l.recorded_at <= ?
                  and (l.effective_date, l.sequence) > (?, ?)
                  and (l.change_debits_posted <> 0 or l.change_credits_posted <> 0)
                order by l.effective_date, l.sequence
                limit ?""", StatementQueries::line,
                q.accountId(), q.from(), q.to(), LedgerLines.knownAt(q.asKnownAt()), after.effectiveDate(),
                after.sequence(), q.pageSize() + 1);
    }

    private static AccountStatementView.Line line(ResultSet rs, int rowNum) throws SQLException {
        var date = rs.getDate("effective_date").toLocalDate();
        return new AccountStatementView.Line(new LineKey(date, rs.getLong("sequence")), rs.getString("entry_id"),
                date, rs.getTimestamp("recorded_at").toInstant(), rs.getString("description"),
                rs.getLong("change_debits_posted"), rs.getLong("change_credits_posted"), 0,
                rs.getString("actor"), rs.getString("channel"), rs.getString("correlation_id"));
    }
}
