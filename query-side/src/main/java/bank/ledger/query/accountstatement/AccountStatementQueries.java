package bank.ledger.query.accountstatement;

import bank.ledger.projections.readmodel.AccountLineTable;
import bank.ledger.projections.readmodel.JournalEntryTable;
import bank.ledger.query.line.LinesWithEntries;

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
import bank.ledger.query.replica.QueryReads;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Account statements (an account's lines with running balances; not a bank's statement) and balances at
 * a date, from {@code rm_account_line} through the read models' contract ({@link AccountLineTable}).
 * Lines are ordered by effective date, * then by the order they were recorded in, so a back-dated entry appears where it belongs and every
 * running balance after it includes it. Holds (pending-only changes) are not statement lines.
 */
@Component
@Profile("query")
public class AccountStatementQueries {
    private final JdbcTemplate jdbc;
    private final LedgerLines ledgerLines;

    public AccountStatementQueries(QueryReads reads, LedgerLines ledgerLines) {
        this.jdbc = reads.jdbc();
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
        Long net = jdbc.queryForObject("select coalesce(sum(" + AccountLineTable.CHANGE_DEBITS_POSTED + " - " + AccountLineTable.CHANGE_CREDITS_POSTED
                        + "), 0) from " + AccountLineTable.TABLE + " where " + AccountLineTable.ACCOUNT_ID + " = ? and " + AccountLineTable.EFFECTIVE_DATE + " >= ? and "
                        + LedgerLines.knownAtDate("") + " and (" + AccountLineTable.EFFECTIVE_DATE + ", " + AccountLineTable.SEQUENCE + ") <= (?, ?)",
                Long.class, q.accountId(), q.from(), q.to(), LedgerLines.knownAt(q.asKnownAt()), key.effectiveDate(),
                key.sequence());
        return net == null ? 0 : net;
    }

    private List<AccountStatementView.Line> page(FindAccountStatement q, LineKey after) {
        String order = "l." + AccountLineTable.EFFECTIVE_DATE + ", l." + AccountLineTable.SEQUENCE;
        return jdbc.query("select " + LinesWithEntries.COLUMNS + " from " + LinesWithEntries.JOIN + " where l."
                        + AccountLineTable.ACCOUNT_ID + " = ? and l." + AccountLineTable.EFFECTIVE_DATE + " >= ? and " + LedgerLines.knownAtDate("l")
                        + " and (" + order + ") > (?, ?) and " + LinesWithEntries.POSTED + " order by " + order
                        + " limit ?", AccountStatementQueries::line,
                q.accountId(), q.from(), q.to(), LedgerLines.knownAt(q.asKnownAt()), after.effectiveDate(),
                after.sequence(), q.pageSize() + 1);
    }

    private static AccountStatementView.Line line(ResultSet rs, int rowNum) throws SQLException {
        var date = rs.getDate(AccountLineTable.EFFECTIVE_DATE).toLocalDate();
        return new AccountStatementView.Line(new LineKey(date, rs.getLong(AccountLineTable.SEQUENCE)), rs.getString(AccountLineTable.ENTRY_ID),
                date, rs.getTimestamp(AccountLineTable.RECORDED_AT).toInstant(), rs.getString(JournalEntryTable.DESCRIPTION),
                rs.getLong(AccountLineTable.CHANGE_DEBITS_POSTED), rs.getLong(AccountLineTable.CHANGE_CREDITS_POSTED), 0,
                rs.getString(AccountLineTable.ACTOR), rs.getString(AccountLineTable.CHANNEL), rs.getString(AccountLineTable.CORRELATION_ID));
    }
}
