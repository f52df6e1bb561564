package bank.ledger.query.account;

import bank.ledger.query.api.AccountPage;
import bank.ledger.query.api.AccountView;
import bank.ledger.query.api.FindAccount;
import bank.ledger.query.api.FindAccounts;
import bank.ledger.query.api.FindHotAccount;
import bank.ledger.query.api.HotAccountView;
import bank.ledger.query.ReadJson;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.context.annotation.Profile;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Answers account queries from the {@code rm_account} read model. */
@Component
@Profile("query")
public class AccountQueries {
    private static final String COLUMNS = "account_id, code, name, type, currency, status, "
            + "debits_must_not_exceed_credits, credits_must_not_exceed_debits, metadata, debits_posted, "
            + "credits_posted, debits_pending, credits_pending, opened_at, updated_at, last_sequence, parent_account_id";
    private final JdbcTemplate jdbc;
    private final HotAccountReader hot;

    public AccountQueries(JdbcTemplate jdbc, HotAccountReader hot) {
        this.jdbc = jdbc;
        this.hot = hot;
    }

    /** Redis first; on a miss (or Redis down) PostgreSQL, and the answer refills Redis. */
    @QueryHandler
    public Optional<HotAccountView> handle(FindHotAccount query) {
        Optional<AccountView> cached = hot.find(query.accountId());
        if (cached.isPresent()) {
            return Optional.of(new HotAccountView(cached.get(), HotAccountView.REDIS));
        }
        Optional<AccountView> stored = handle(new FindAccount(query.accountId()));
        stored.ifPresent(hot::refill);
        return stored.map(view -> new HotAccountView(view, HotAccountView.POSTGRESQL));
    }

    @QueryHandler
    public Optional<AccountView> handle(FindAccount query) {
        return jdbc.query("select " + COLUMNS + " from rm_account where account_id = ?", AccountQueries::row,
                query.accountId()).stream().findFirst();
    }

    @QueryHandler
    public AccountPage handle(FindAccounts query) {
        int pageSize = Math.max(1, Math.min(query.pageSize(), FindAccounts.PAGE_SIZE_MAX));
        List<AccountView> rows = jdbc.query("select " + COLUMNS + " from rm_account where code > ? "
                + "order by code limit ?", AccountQueries::row, query.afterCode() == null ? "" : query.afterCode(),
                pageSize + 1);
        boolean more = rows.size() > pageSize;
        List<AccountView> page = more ? rows.subList(0, pageSize) : rows;
        return new AccountPage(List.copyOf(page), more ? page.get(page.size() - 1).code() : null);
    }

    private static AccountView row(ResultSet rs, int rowNum) throws SQLException {
        return new AccountView(rs.getString("account_id"), rs.getString("code"), rs.getString("name"),
                rs.getString("type"), rs.getString("currency"), rs.getString("status"),
                rs.getBoolean("debits_must_not_exceed_credits"), rs.getBoolean("credits_must_not_exceed_debits"),
                ReadJson.stringMap(rs.getString("metadata")), rs.getLong("debits_posted"),
                rs.getLong("credits_posted"), rs.getLong("debits_pending"), rs.getLong("credits_pending"),
                rs.getTimestamp("opened_at").toInstant(), rs.getTimestamp("updated_at").toInstant(),
                rs.getLong("last_sequence"), rs.getString("parent_account_id"));
    }
}
