package bank.ledger.query.account;

import bank.ledger.projections.readmodel.AccountRow;
import bank.ledger.projections.readmodel.AccountTable;
import bank.ledger.projections.readmodel.HotAccounts;
import bank.ledger.query.api.AccountPage;
import bank.ledger.query.api.FindAccount;
import bank.ledger.query.api.FindAccounts;
import bank.ledger.query.api.FindHotAccount;
import bank.ledger.query.api.HotAccountView;
import bank.ledger.query.replica.QueryReads;
import java.util.List;
import java.util.Optional;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.context.annotation.Profile;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Answers account queries from the {@code rm_account} read model ({@link AccountTable}) and its Redis copy. The
 * hot path (Redis, refilled from PostgreSQL on a miss) reads the primary: a row from the read replica's past
 * would go into Redis and be served as the present; the chart and a plain account may come from the replica.
 */
@Component
@Profile("query")
public class AccountQueries {
    private final JdbcTemplate jdbc;
    private final JdbcTemplate primary;
    private final HotAccounts hot;

    public AccountQueries(QueryReads reads, HotAccounts hot) {
        this.jdbc = reads.jdbc();
        this.primary = reads.primary();
        this.hot = hot;
    }

    /** Redis first; on a miss (or Redis down) PostgreSQL, and the projections' store refills Redis from it. */
    @QueryHandler
    public Optional<HotAccountView> handle(FindHotAccount query) {
        Optional<AccountRow> cached = hot.find(query.accountId());
        if (cached.isPresent()) {
            return Optional.of(new HotAccountView(cached.get(), HotAccountView.REDIS));
        }
        Optional<AccountRow> stored = onPrimary(query.accountId());
        stored.ifPresent(hot::refill);
        return stored.map(row -> new HotAccountView(row, HotAccountView.POSTGRESQL));
    }

    @QueryHandler
    public Optional<AccountRow> handle(FindAccount query) {
        return stored(jdbc, query.accountId());
    }

    /** The account as the primary holds it now (what the audit compares with the events). */
    public Optional<AccountRow> onPrimary(String accountId) {
        return stored(primary, accountId);
    }

    @QueryHandler
    public AccountPage handle(FindAccounts query) {
        int pageSize = Math.max(1, Math.min(query.pageSize(), FindAccounts.PAGE_SIZE_MAX));
        List<AccountRow> rows = jdbc.query(AccountTable.SELECT + " where " + AccountTable.CODE + " > ? order by "
                        + AccountTable.CODE + " limit ?", AccountTable.ROW,
                query.afterCode() == null ? "" : query.afterCode(), pageSize + 1).stream().toList();
        boolean more = rows.size() > pageSize;
        List<AccountRow> page = more ? rows.subList(0, pageSize) : rows;
        return new AccountPage(List.copyOf(page), more ? page.get(page.size() - 1).code() : null);
    }

    private static Optional<AccountRow> stored(JdbcTemplate jdbc, String accountId) {
        return jdbc.query(AccountTable.SELECT + " where " + AccountTable.ACCOUNT_ID + " = ?", AccountTable.ROW,
                accountId).stream().findFirst();
    }
}
