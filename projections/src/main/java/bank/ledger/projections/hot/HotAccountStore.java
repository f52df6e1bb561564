package bank.ledger.projections.hot;

import bank.ledger.projections.readmodel.AccountRow;
import bank.ledger.projections.readmodel.AccountTable;
import bank.ledger.projections.readmodel.HotAccountHash;
import bank.ledger.projections.readmodel.RedisReadModelProperties;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.context.annotation.Profile;
import org.springframework.data.redis.connection.ReturnType;
import org.springframework.data.redis.core.RedisCallback;
import org.springframework.data.redis.core.ScanOptions;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.core.script.RedisScript;
import org.springframework.stereotype.Component;

/**
 * The one writer of the hot account read model in Redis. Layout (see docs/read-models.md): hash
 * {@code <prefix>account:<id>} whose fields are the {@code rm_account} columns ({@link HotAccountHash});
 * sorted set {@code <prefix>account-recent:<id>} of the newest lines, scored by sequence. Every write is
 * guarded by {@code last_sequence} in one Lua script, so a redelivered or replayed event, or a refill from
 * an older PostgreSQL row, never moves the hash backwards. Runs wherever projections or queries run: the
 * query side refills through {@link #refill} (via {@code readmodel.HotAccounts}) instead of writing itself.
 */
@Component
@Profile({"projections", "query"})
public class HotAccountStore {
    /** How many recent lines each account keeps in Redis. */
    public static final int RECENT_LINES = 20;
    private static final RedisScript<Long> GUARDED_SET = RedisScript.of("""
            local current = redis.call('HGET', KEYS[1], 'last_sequence')
            if current and tonumber(current) >= tonumber(ARGV[1]) then return 0 end
            redis.call('HSET', KEYS[1], 'last_sequence', ARGV[1], unpack(ARGV, 2))
            return 1""", Long.class);
    /** ARGV: sequence, n, n immutable field/value pairs, then the mutable pairs. Never moves the hash back. */
    private static final RedisScript<Long> REFILL = RedisScript.of("""
            local current = redis.call('HGET', KEYS[1], 'last_sequence')
            local n = tonumber(ARGV[2])
            redis.call('HSET', KEYS[1], unpack(ARGV, 3, 2 + n * 2))
            if current and tonumber(current) > tonumber(ARGV[1]) then return 0 end
            redis.call('HSET', KEYS[1], 'last_sequence', ARGV[1], unpack(ARGV, 3 + n * 2))
            return 1""", Long.class);
    private final StringRedisTemplate redis;
    private final String prefix;

    public HotAccountStore(StringRedisTemplate redis, RedisReadModelProperties properties) {
        this.redis = redis;
        this.prefix = properties.keyPrefix();
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

    /**
     * Puts what PostgreSQL knows of an account into Redis after a read missed it: the fields an account never
     * changes always (harmless, they are the same everywhere), the rest only unless Redis already knows a newer
     * sequence. Throws when Redis fails; the caller decides what a failure means.
     */
    public void refill(AccountRow row) {
        Map<String, String> fields = HotAccountHash.fields(row);
        List<String> args = new ArrayList<>(2 + fields.size() * 2);
        args.add(Long.toString(row.lastSequence()));
        args.add(Integer.toString(HotAccountHash.IMMUTABLE.size()));
        HotAccountHash.IMMUTABLE.forEach(f -> args.addAll(List.of(f, fields.get(f))));
        fields.forEach((f, value) -> {
            if (!HotAccountHash.IMMUTABLE.contains(f) && !AccountTable.LAST_SEQUENCE.equals(f)) {
                args.addAll(List.of(f, value));
            }
        });
        redis.execute(REFILL, List.of(accountKey(row.accountId())), args.toArray());
    }

    /**
     * One event's writes: the guarded hash {@code fields} (none: null) and a recent line's JSON (none: null).
     * Written one by one ({@link #write}) or a batch of them in one pipeline ({@link #writeAll}).
     */
    record Write(String accountId, long sequence, Map<String, String> fields, String recentLine) {
    }

    void write(Write write) {
        if (write.fields() != null) {
            set(write.accountId(), write.sequence(), write.fields());
        }
        if (write.recentLine() != null) {
            addRecent(write.accountId(), write.sequence(), write.recentLine());
        }
    }

    /**
     * The writes in their order in one pipeline: one round trip instead of up to three per event. The script
     * goes as EVAL (its text, about 200 bytes), not EVALSHA: a pipeline cannot fall back when Redis lost its
     * script cache. Throws when any command failed (the caller's batch is then retried one event at a time).
     */
    void writeAll(List<Write> writes) {
        byte[] script = GUARDED_SET.getScriptAsString().getBytes(StandardCharsets.UTF_8);
        redis.executePipelined((RedisCallback<Object>) connection -> {
            for (Write write : writes) {
                if (write.fields() != null) {
                    connection.scriptingCommands().eval(script, ReturnType.INTEGER, 1,
                            guardedSetArgs(accountKey(write.accountId()), write.sequence(), write.fields()));
                }
                if (write.recentLine() != null) {
                    byte[] key = bytes(recentKey(write.accountId()));
                    connection.zSetCommands().zAdd(key, write.sequence(), bytes(write.recentLine()));
                    connection.zSetCommands().zRemRange(key, 0, -RECENT_LINES - 1);
                }
            }
            return null;
        });
    }

    private static byte[][] guardedSetArgs(String key, long sequence, Map<String, String> fields) {
        byte[][] keysAndArgs = new byte[2 + fields.size() * 2][];
        keysAndArgs[0] = bytes(key);
        keysAndArgs[1] = bytes(Long.toString(sequence));
        int i = 2;
        for (Map.Entry<String, String> field : fields.entrySet()) {
            keysAndArgs[i++] = bytes(field.getKey());
            keysAndArgs[i++] = bytes(field.getValue());
        }
        return keysAndArgs;
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
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
            try (var keys = redis.scan(ScanOptions.scanOptions().match(pattern).count(500).build())) {
                keys.forEachRemaining(redis::delete);
            }
        }
    }

    /** The hash of one account. */
    public String accountKey(String accountId) {
        return prefix + "account:" + accountId;
    }

    /** The sorted set of one account's newest lines. */
    public String recentKey(String accountId) {
        return prefix + "account-recent:" + accountId;
    }
}
