package bank.ledger.projections.readmodel;

import bank.ledger.projections.hot.HotAccountStore;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Profile;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.stereotype.Component;

/**
 * The query side's way into the Redis hot accounts: reads the hash and the recent lines the projections
 * write, and asks the one writer ({@link HotAccountStore}) to refill an account after a miss. Redis is a
 * cache here: every failure is a miss, and after one the reads skip Redis for
 * {@code ledger.redis.skip-after-failure-ms} instead of waiting on every request.
 */
@Component
@Profile("query")
public class HotAccounts {
    private static final Logger log = LoggerFactory.getLogger(HotAccounts.class);
    private final StringRedisTemplate redis;
    private final HotAccountStore store;
    private final Duration skipAfterFailure;
    private volatile Instant skipUntil = Instant.EPOCH;

    public HotAccounts(StringRedisTemplate redis, HotAccountStore store, RedisReadModelProperties properties) {
        this.redis = redis;
        this.store = store;
        this.skipAfterFailure = Duration.ofMillis(properties.skipAfterFailureMs());
    }

    /** The account if Redis holds all of it; empty on a miss, an incomplete hash or a Redis failure. */
    public Optional<AccountRow> find(String accountId) {
        if (skipping()) {
            return Optional.empty();
        }
        try {
            Map<Object, Object> hash = redis.opsForHash().entries(store.accountKey(accountId));
            return HotAccountHash.row(hash);
        } catch (RuntimeException redisDown) {
            failed("read", redisDown);
            return Optional.empty();
        }
    }

    /** Puts what PostgreSQL knows into Redis, unless Redis already knows something newer. Never throws. */
    public void refill(AccountRow row) {
        if (skipping()) {
            return;
        }
        try {
            store.refill(row);
        } catch (RuntimeException redisDown) {
            failed("refill", redisDown);
        }
    }

    /**
     * The account's {@code count} newest lines, newest first, when Redis holds that many; empty otherwise (a
     * young account, or a set refilling after a flush: only PostgreSQL can tell which) or when Redis fails.
     */
    public Optional<List<RecentLine>> recentLines(String accountId, int count) {
        if (skipping()) {
            return Optional.empty();
        }
        try {
            Set<String> members = redis.opsForZSet().reverseRange(store.recentKey(accountId), 0, count - 1);
            if (members == null || members.size() < count) {
                return Optional.empty();
            }
            return Optional.of(members.stream().map(m -> ReadModelJson.read(m, RecentLine.class)).toList());
        } catch (RuntimeException redisDown) {
            return Optional.empty();
        }
    }

    private boolean skipping() {
        return Instant.now().isBefore(skipUntil);
    }

    private void failed(String what, RuntimeException e) {
        skipUntil = Instant.now().plus(skipAfterFailure);
        log.warn("Redis {} failed, reading accounts from PostgreSQL for {} ms: {}", what, skipAfterFailure.toMillis(),
                e.toString());
    }
}
