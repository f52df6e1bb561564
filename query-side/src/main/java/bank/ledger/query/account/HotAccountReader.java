package bank.ledger.query.account;

import bank.ledger.query.ReadJson;
import bank.ledger.query.api.AccountView;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Profile;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.core.script.RedisScript;
import org.springframework.stereotype.Component;

/**
 * Reads the hot account hash the projections module writes in Redis (fields = {@code rm_account}
 * columns, see docs/read-models.md) and refills it from PostgreSQL after a miss. A hash missing any
 * field (Redis was flushed, then only a balance change arrived) is a miss. When Redis fails, reads
 * skip it for {@code ledger.redis.skip-after-failure-ms} instead of waiting on every request.
 */
@Component
@Profile("query")
public class HotAccountReader {
    static final List<String> FIELDS = List.of("account_id", "code", "name", "type", "currency", "status",
            "debits_must_not_exceed_credits", "credits_must_not_exceed_debits", "metadata", "debits_posted",
            "credits_posted", "debits_pending", "credits_pending", "opened_at", "updated_at", "last_sequence", "parent_account_id");
    /** Fields an account never changes: safe to fill even when Redis is ahead of PostgreSQL. */
    static final List<String> IMMUTABLE = List.of("account_id", "code", "name", "type", "currency",
            "debits_must_not_exceed_credits", "credits_must_not_exceed_debits", "metadata", "opened_at", "parent_account_id");
    /** ARGV: sequence, n, n immutable field/value pairs, then the mutable pairs. Never moves the hash back. */
    private static final RedisScript<Long> REFILL = RedisScript.of("""
            local current = redis.call('HGET', KEYS[1], 'last_sequence')
            local n = tonumber(ARGV[2])
            redis.call('HSET', KEYS[1], unpack(ARGV, 3, 2 + n * 2))
            if current and tonumber(current) > tonumber(ARGV[1]) then return 0 end
            redis.call('HSET', KEYS[1], 'last_sequence', ARGV[1], unpack(ARGV, 3 + n * 2))
            return 1""", Long.class);
    private static final Logger log = LoggerFactory.getLogger(HotAccountReader.class);
    private final StringRedisTemplate redis;
    private final String prefix;
    private final Duration skipAfterFailure;
    private volatile Instant skipUntil = Instant.EPOCH;

    public HotAccountReader(StringRedisTemplate redis, @Value("${ledger.redis.key-prefix:ledger:}") String prefix,
                            @Value("${ledger.redis.skip-after-failure-ms:5000}") long skipAfterFailureMs) {
        this.redis = redis;
        this.prefix = prefix;
        this.skipAfterFailure = Duration.ofMillis(skipAfterFailureMs);
    }

    public Optional<AccountView> find(String accountId) {
        if (Instant.now().isBefore(skipUntil)) {
            return Optional.empty();
        }
        try {
            Map<Object, Object> hash = redis.opsForHash().entries(key(accountId));
            return hash.keySet().containsAll(FIELDS) ? Optional.of(view(hash)) : Optional.empty();
        } catch (RuntimeException redisDown) {
            failed("read", redisDown);
            return Optional.empty();
        }
    }

    /** Puts what PostgreSQL knows into Redis, unless Redis already knows something newer. */
    public void refill(AccountView v) {
        if (Instant.now().isBefore(skipUntil)) {
            return;
        }
        List<String> args = new ArrayList<>(List.of(Long.toString(v.version()), Integer.toString(IMMUTABLE.size())));
        Map<String, String> fields = fields(v);
        IMMUTABLE.forEach(f -> args.addAll(List.of(f, fields.get(f))));
        fields.forEach((f, value) -> {
            if (!IMMUTABLE.contains(f) && !"last_sequence".equals(f)) {
                args.addAll(List.of(f, value));
            }
        });
        try {
            redis.execute(REFILL, List.of(key(v.accountId())), args.toArray());
        } catch (RuntimeException redisDown) {
            failed("refill", redisDown);
        }
    }

    private void failed(String what, RuntimeException e) {
        skipUntil = Instant.now().plus(skipAfterFailure);
        log.warn("Redis {} failed, reading accounts from PostgreSQL for {} ms: {}", what, skipAfterFailure.toMillis(),
                e.toString());
    }

    private String key(String accountId) {
        return prefix + "account:" + accountId;
    }

    static AccountView view(Map<?, ?> h) {
        return new AccountView(s(h, "account_id"), s(h, "code"), s(h, "name"), s(h, "type"), s(h, "currency"),
                s(h, "status"), Boolean.parseBoolean(s(h, "debits_must_not_exceed_credits")),
                Boolean.parseBoolean(s(h, "credits_must_not_exceed_debits")), ReadJson.stringMap(s(h, "metadata")),
                l(h, "debits_posted"), l(h, "credits_posted"), l(h, "debits_pending"), l(h, "credits_pending"),
                Instant.parse(s(h, "opened_at")), Instant.parse(s(h, "updated_at")), l(h, "last_sequence"),
                s(h, "parent_account_id").isEmpty() ? null : s(h, "parent_account_id"));
    }

    static Map<String, String> fields(AccountView v) {
        Map<String, String> f = new java.util.LinkedHashMap<>();
        f.put("account_id", v.accountId());
        f.put("code", v.code());
        f.put("name", v.name());
        f.put("type", v.type());
        f.put("currency", v.currency());
        f.put("status", v.status());
        f.put("debits_must_not_exceed_credits", Boolean.toString(v.debitsMustNotExceedCredits()));
        f.put("credits_must_not_exceed_debits", Boolean.toString(v.creditsMustNotExceedDebits()));
        f.put("metadata", ReadJson.write(v.metadata()));
        f.put("debits_posted", Long.toString(v.debitsPosted()));
        f.put("credits_posted", Long.toString(v.creditsPosted()));
        f.put("debits_pending", Long.toString(v.debitsPending()));
        f.put("credits_pending", Long.toString(v.creditsPending()));
        f.put("opened_at", v.openedAt().toString());
        f.put("updated_at", v.updatedAt().toString());
        f.put("last_sequence", Long.toString(v.version()));
        // Redis has no null: an empty string is "no parent"
        f.put("parent_account_id", v.parentAccountId() == null ? "" : v.parentAccountId());
        return f;
    }

    private static String s(Map<?, ?> hash, String field) {
        return (String) hash.get(field);
    }

    private static long l(Map<?, ?> hash, String field) {
        return Long.parseLong(s(hash, field));
    }
}
