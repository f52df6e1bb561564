package bank.ledger.app.security.token;

import bank.ledger.app.edge.EdgeRefusal;
import bank.ledger.app.security.LedgerSecurityProperties;
import bank.ledger.app.web.Faults;
import io.lettuce.core.RedisException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import org.springframework.dao.DataAccessException;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.core.script.DefaultRedisScript;

/**
 * Login sessions in Redis, shared by every instance. A session holds who logged in and the hash of the
 * one refresh token that is currently valid; tokens already rotated away are remembered, so presenting
 * one again (a stolen copy, or the thief's after the owner refreshed) ends the whole session.
 * Access tokens name their session ({@code sid}); a revoked session refuses them at once.
 */
public class SessionStore {
    /** Compare-and-rotate in one step, so two racing refreshes with the same token cannot both win. */
    private static final DefaultRedisScript<Long> ROTATE = new DefaultRedisScript<>("""
            local current = redis.call('HGET', KEYS[1], 'refresh')
            if not current then return 0 end
            if current == ARGV[1] then
              redis.call('HSET', KEYS[1], 'refresh', ARGV[2])
              redis.call('SADD', KEYS[2], ARGV[1])
              redis.call('PEXPIRE', KEYS[2], math.max(redis.call('PTTL', KEYS[1]), 1))
              return 1
            end
            if redis.call('SISMEMBER', KEYS[2], ARGV[1]) == 1 then
              redis.call('DEL', KEYS[1], KEYS[2])
              return 2
            end
            return 0
            """, Long.class);
    private static final SecureRandom RANDOM = new SecureRandom();
    private final StringRedisTemplate redis;
    private final LedgerSecurityProperties.Session config;

    public SessionStore(StringRedisTemplate redis, LedgerSecurityProperties.Session config) {
        this.redis = redis;
        this.config = config;
    }

    public record Session(String id, String username, String role, String channel, Instant createdAt) {
    }

    /** A new session and its first refresh token ({@code sessionId.secret}). */
    public record Opened(Session session, String refreshToken) {
    }

    public enum Outcome { ROTATED, REUSED, INVALID }

    public record Rotation(Outcome outcome, Session session, String refreshToken) {
    }

    public Opened open(String username, String role, String channel) {
        return guarded(() -> openNow(username, role, channel));
    }

    private Opened openNow(String username, String role, String channel) {
        String id = UUID.randomUUID().toString();
        String secret = secret();
        Instant now = Instant.now();
        String key = sessionKey(id);
        redis.opsForHash().putAll(key, Map.of("user", username, "role", role, "channel", channel,
                "created", now.toString(), "refresh", sha256(secret)));
        redis.expire(key, config.ttl());
        String index = userKey(username);
        redis.opsForZSet().add(index, id, now.toEpochMilli());
        redis.expire(index, config.ttl());
        evictBeyondCap(username);
        return new Opened(new Session(id, username, role, channel, now), id + "." + secret);
    }

    public Rotation rotate(String refreshToken) {
        return guarded(() -> rotateNow(refreshToken));
    }

    private Rotation rotateNow(String refreshToken) {
        int dot = refreshToken == null ? -1 : refreshToken.indexOf('.');
        if (dot <= 0) {
            return new Rotation(Outcome.INVALID, null, null);
        }
        String id = refreshToken.substring(0, dot);
        Optional<Session> session = find(id);
        String secret = secret();
        Long result = redis.execute(ROTATE, List.of(sessionKey(id), usedKey(id)),
                sha256(refreshToken.substring(dot + 1)), sha256(secret));
        if (result != null && result == 1 && session.isPresent()) {
            return new Rotation(Outcome.ROTATED, session.get(), id + "." + secret);
        }
        if (result != null && result == 2) {
            session.ifPresent(s -> redis.opsForZSet().remove(userKey(s.username()), id));
            return new Rotation(Outcome.REUSED, session.orElse(null), null);
        }
        return new Rotation(Outcome.INVALID, null, null);
    }

    public boolean isAlive(String sessionId) {
        return guarded(() -> Boolean.TRUE.equals(redis.hasKey(sessionKey(sessionId))));
    }

    public Optional<Session> find(String sessionId) {
        Map<Object, Object> fields = guarded(() -> redis.opsForHash().entries(sessionKey(sessionId)));
        if (fields.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Session(sessionId, (String) fields.get("user"), (String) fields.get("role"),
                (String) fields.get("channel"), Instant.parse((String) fields.get("created"))));
    }

    /** The user's live sessions, newest first; at most the per-user cap exist. */
    public List<Session> list(String username) {
        return guarded(() -> listNow(username));
    }

    private List<Session> listNow(String username) {
        Set<String> ids = redis.opsForZSet().reverseRange(userKey(username), 0, config.maxPerUser() - 1L);
        List<Session> sessions = new ArrayList<>();
        for (String id : ids == null ? Set.<String>of() : ids) {
            find(id).ifPresentOrElse(sessions::add, () -> redis.opsForZSet().remove(userKey(username), id));
        }
        return sessions;
    }

    public boolean revoke(String sessionId) {
        return guarded(() -> revokeNow(sessionId));
    }

    private boolean revokeNow(String sessionId) {
        Optional<Session> session = find(sessionId);
        session.ifPresent(s -> redis.opsForZSet().remove(userKey(s.username()), sessionId));
        redis.delete(List.of(sessionKey(sessionId), usedKey(sessionId)));
        return session.isPresent();
    }

    public void revokeAll(String username) {
        guarded(() -> revokeAllNow(username));
    }

    private boolean revokeAllNow(String username) {
        Set<String> ids = redis.opsForZSet().range(userKey(username), 0, -1);
        for (String id : ids == null ? Set.<String>of() : ids) {
            redis.delete(List.of(sessionKey(id), usedKey(id)));
        }
        redis.delete(userKey(username));
        return true;
    }

    /**
     * Redis not answering is a fault, not a bug and not a bad credential: 503 sessionStoreUnavailable
     * with Retry-After (docs/security.md, "Redis down"). Sessions are not copied to PostgreSQL: a
     * revoked session must stop working on every node at once, which a second store would weaken.
     */
    private static <T> T guarded(Supplier<T> operation) {
        try {
            return operation.get();
        } catch (DataAccessException | RedisException unavailable) {
            throw EdgeRefusal.unavailable("sessionStoreUnavailable",
                    "the session store did not answer; sign-in and bearer tokens work again when it does",
                    Faults.RETRY_AFTER);
        }
    }

    public Duration ttl() {
        return config.ttl();
    }

    /** Oldest sessions beyond the cap end, so one account cannot grow Redis without bound. */
    private void evictBeyondCap(String username) {
        Long count = redis.opsForZSet().zCard(userKey(username));
        if (count != null && count > config.maxPerUser()) {
            Set<String> oldest = redis.opsForZSet().range(userKey(username), 0, count - config.maxPerUser() - 1);
            for (String id : oldest == null ? Set.<String>of() : oldest) {
                revoke(id);
            }
        }
    }

    private String sessionKey(String id) {
        return config.redisPrefix() + "session:" + id;
    }

    private String usedKey(String id) {
        return config.redisPrefix() + "session-used:" + id;
    }

    private String userKey(String username) {
        return config.redisPrefix() + "user-sessions:" + username;
    }

    static String secret() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    public static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
