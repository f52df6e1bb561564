package bank.ledger.projections.hot;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Profile;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.core.script.RedisScript;
import org.springframework.stereotype.Component;

/**
 * Writes the hot account read model in Redis. Layout (the contract with the query side, see
 * docs/read-models.md): hash {@code <prefix>account:<id>} whose fields are the {@code rm_account} columns,
 * values as text; sorted set {@code <prefix>account-recent:<id>} of the newest lines, scored by sequence.
 * Every write is guarded by {@code last_sequence} in one Lua script, so a redelivered or replayed event
 * never moves the hash backwards.
 */
@Component
@Profile("projections")
public class HotAccountStore {
    /** How many recent lines each account keeps in Redis. */
    public static final int RECENT_LINES = 20;
    private static final RedisScript<Long> GUARDED_SET = RedisScript.of("""
            local current = redis.call('HGET', KEYS[1], 'last_sequence')
            if current and tonumber(current) >= tonumber(ARGV[1]) then return 0 end
            redis.call('HSET', KEYS[1], 'last_sequence', ARGV[1], unpack(ARGV, 2))
            return 1""", Long.class);
    private final StringRedisTemplate redis;
    private final String prefix;

    public HotAccountStore(StringRedisTemplate redis, @Value("${ledger.redis.key-prefix:ledger:}") String prefix) {
        this.redis = redis;
        this.prefix = prefix;
    }

    /** Sets {@code fields} if {@code sequence} is newer than what the hash holds. */
    void set(String accountId, long sequence, Map<String, String> fields) {
        List<String> args = new ArrayList<>(1 + fields.size() * 2);
        args.add(Long.toString(sequence));
        fields.forEach((field, value) -> {
            args.add(field);
            args.add(value);
        });
        redis.execute(GUARDED_SET, List.of(accountKey(accountId)), args.toArray());
    }

    /** Adds a line (same sequence, same text: adding it twice is harmless) and keeps the newest only. */
    void addRecent(String accountId, long sequence, String lineJson) {
        String key = recentKey(accountId);
        redis.opsForZSet().add(key, lineJson, sequence);
        redis.opsForZSet().removeRange(key, 0, -RECENT_LINES - 1);
    }

    /** Forgets every hot account: a replay of the processor rebuilds them. Iterates, never KEYS. */
    void clear() {
        for (String pattern : List.of(prefix + "account:*", prefix + "account-recent:*")) {
            try (var keys = redis.scan(org.springframework.data.redis.core.ScanOptions.scanOptions()
                    .match(pattern).count(500).build())) {
                keys.forEachRemaining(redis::delete);
            }
        }
    }

    String accountKey(String accountId) {
        return prefix + "account:" + accountId;
    }

    String recentKey(String accountId) {
        return prefix + "account-recent:" + accountId;
    }
}
