package bank.ledger.query.account;

import bank.ledger.projections.readmodel.AccountLineTable;
import bank.ledger.projections.readmodel.HotAccounts;
import bank.ledger.projections.readmodel.RecentLine;
import bank.ledger.projections.readmodel.AccountRow;
import bank.ledger.query.api.FindHotAccount;
import bank.ledger.query.api.FindRecentLines;
import bank.ledger.query.api.HotAccountView;
import bank.ledger.query.api.RecentLinesView;
import bank.ledger.query.api.RecentLinesView.Totals;
import java.util.List;
import java.util.Optional;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.context.annotation.Profile;
import bank.ledger.query.replica.QueryReads;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Recent lines: Redis answers only when its set is full ({@value FindRecentLines#LINES} lines). A set
 * with fewer is either a young account or one refilling after a flush, and only PostgreSQL can tell
 * which, so it answers then (one index range read). Both are read through the projections' contract
 * ({@link HotAccounts#recentLines}, {@link AccountLineTable#SELECT_RECENT}) as the same {@link RecentLine}.
 */
@Component
@Profile("query")
public class RecentLinesQueries {
    private final HotAccounts hot;
    private final JdbcTemplate jdbc;
    private final AccountQueries accounts;

    public RecentLinesQueries(HotAccounts hot, QueryReads reads, AccountQueries accounts) {
        this.hot = hot;
        this.jdbc = reads.primary(); // its lines go with the hot account's Redis figures: the primary's present
        this.accounts = accounts;
    }

    @QueryHandler
    public Optional<RecentLinesView> handle(FindRecentLines query) {
        Optional<HotAccountView> account = accounts.handle(new FindHotAccount(query.accountId()));
        if (account.isEmpty()) {
            return Optional.empty();
        }
        AccountRow view = account.get().account();
        return Optional.of(hot.recentLines(view.accountId(), FindRecentLines.LINES)
                .map(lines -> view(view, HotAccountView.REDIS, lines))
                .orElseGet(() -> view(view, HotAccountView.POSTGRESQL, jdbc.query(AccountLineTable.SELECT_RECENT,
                        AccountLineTable.RECENT_LINE, view.accountId(), FindRecentLines.LINES))));
    }

    private static RecentLinesView view(AccountRow account, String source, List<RecentLine> lines) {
        return new RecentLinesView(account.accountId(), account.currency(), source,
                lines.stream().map(RecentLinesQueries::line).toList());
    }

    static RecentLinesView.Line line(RecentLine l) {
        return new RecentLinesView.Line(l.sequence(), l.entryId(), l.effectiveDate(), l.recordedAt(),
                totals(l.change()), totals(l.totals()));
    }

    private static Totals totals(RecentLine.Amounts a) {
        return new Totals(a.debitsPosted(), a.creditsPosted(), a.debitsPending(), a.creditsPending());
    }
}
