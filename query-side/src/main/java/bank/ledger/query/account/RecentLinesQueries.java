package bank.ledger.query.account;

import bank.ledger.query.ReadJson;
import bank.ledger.query.api.AccountView;
import bank.ledger.query.api.FindHotAccount;
import bank.ledger.query.api.FindRecentLines;
import bank.ledger.query.api.HotAccountView;
import bank.ledger.query.api.RecentLinesView;
import bank.ledger.query.api.RecentLinesView.Totals;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Profile;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Recent lines: Redis answers only when its set is full ({@value FindRecentLines#LINES} lines). A set
 * with fewer is either a young account or one refilling after a flush, and only PostgreSQL can tell
 * which, so it answers then (one index range read). The set's members are the JSON the hot-accounts
 * projection writes: sequence, entryId, effectiveDate, recordedAt, change and totals.
 */
@Component
@Profile("query")
public class RecentLinesQueries {
    private final StringRedisTemplate redis;
    private final JdbcTemplate jdbc;
    private final AccountQueries accounts;
    private final String prefix;

    public RecentLinesQueries(StringRedisTemplate redis, JdbcTemplate jdbc, AccountQueries accounts,
                              @Value("${ledger.redis.key-prefix:ledger:}") String prefix) {
        this.redis = redis;
        this.jdbc = jdbc;
        this.accounts = accounts;
        this.prefix = prefix;
    }

    @QueryHandler
    public Optional<RecentLinesView> handle(FindRecentLines query) {
        Optional<HotAccountView> account = accounts.handle(new FindHotAccount(query.accountId()));
        if (account.isEmpty()) {
            return Optional.empty();
        }
        AccountView view = account.get().account();
        return Optional.of(fromRedis(view).orElseGet(() -> new RecentLinesView(view.accountId(), view.currency(),
                HotAccountView.POSTGRESQL, fromPostgresql(view.accountId()))));
    }

    private Optional<RecentLinesView> fromRedis(AccountView view) {
        try {
            Set<String> members = redis.opsForZSet().reverseRange(prefix + "account-recent:" + view.accountId(), 0,
                    FindRecentLines.LINES - 1);
            if (members == null || members.size() < FindRecentLines.LINES) {
                return Optional.empty();
            }
            List<RecentLinesView.Line> lines = members.stream().map(RecentLinesQueries::parse).toList();
            return Optional.of(new RecentLinesView(view.accountId(), view.currency(), HotAccountView.REDIS, lines));
        } catch (RuntimeException redisDown) {
            return Optional.empty();
        }
    }

    private List<RecentLinesView.Line> fromPostgresql(String accountId) {
        return jdbc.query("""
                select sequence, entry_id, effective_date, recorded_at, change_debits_posted, change_credits_posted,
                       change_debits_pending, change_credits_pending, total_debits_posted, total_credits_posted,
                       total_debits_pending, total_credits_pending
                from rm_account_line where account_id = ? order by sequence desc limit ?""",
                (rs, i) -> new RecentLinesView.Line(rs.getLong(1), rs.getString(2), rs.getDate(3).toLocalDate(),
                        rs.getTimestamp(4).toInstant(), new Totals(rs.getLong(5), rs.getLong(6), rs.getLong(7),
                        rs.getLong(8)), new Totals(rs.getLong(9), rs.getLong(10), rs.getLong(11), rs.getLong(12))),
                accountId, FindRecentLines.LINES);
    }

    static RecentLinesView.Line parse(String json) {
        RedisLine line = ReadJson.read(json, RedisLine.class);
        return new RecentLinesView.Line(line.sequence(), line.entryId(), LocalDate.parse(line.effectiveDate()),
                Instant.parse(line.recordedAt()), line.change(), line.totals());
    }

    /** The member's JSON shape, as the projection writes it. */
    record RedisLine(long sequence, String entryId, String effectiveDate, String recordedAt, Totals change,
                     Totals totals) {
    }
}
