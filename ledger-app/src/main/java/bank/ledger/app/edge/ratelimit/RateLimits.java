package bank.ledger.app.edge.ratelimit;

import bank.ledger.app.edge.EdgeRefusal;
import bank.ledger.app.web.Faults;
import io.lettuce.core.RedisClient;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.codec.StringCodec;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory;

/**
 * Token buckets in Redis, so every instance draws from the same bucket: a client cannot multiply its
 * allowance by spreading requests over instances. One Lua script call per request ({@link TokenBucketScript}):
 * exact across instances, no retry loop; Lettuce pipelines the calls of all request threads on one connection.
 */
public class RateLimits {
    static final String UNAVAILABLE = "rateLimitUnavailable";
    /** Under the prefix: the script's hashes, apart from the keys Bucket4j wrote before (another format). */
    static final String BUCKETS = "bucket:";
    private static final Logger log = LoggerFactory.getLogger(RateLimits.class);
    private final Supplier<TokenBucketScript> buckets;
    private volatile TokenBucketScript connected;
    private final String prefix;
    private final long skipAfterFailureMs;
    private volatile long skipUntilMs;

    /**
     * {@code skipAfterFailureMs}: after Redis failed, reads (which fail open) do not ask it again for this
     * long, so an outage does not cost every read a time-out. Writes always ask: one lost answer must not
     * refuse every write for the whole window.
     */
    public RateLimits(LettuceConnectionFactory redis, String prefix, long skipAfterFailureMs) {
        this.prefix = prefix;
        this.skipAfterFailureMs = skipAfterFailureMs;
        // Connect on first use: the connection factory starts with the context, after this bean exists.
        this.buckets = () -> {
            RedisClient client = (RedisClient) redis.getRequiredNativeClient();
            StatefulRedisConnection<String, String> connection = client.connect(StringCodec.UTF8);
            connection.setTimeout(Duration.ofSeconds(2));
            return new TokenBucketScript(connection);
        };
    }

    /**
     * Takes one token from the client's bucket of this class and answers what remains, or refuses with the
     * time until the next one.
     */
    public Quota consume(String bucketKey, RateLimitProperties.Limit limit) {
        TokenBucketScript.Taken taken;
        try {
            taken = proxies().take(prefix + BUCKETS + bucketKey, limit.capacity(), limit.period().toMillis());
        } catch (RuntimeException redisDown) {
            skipUntilMs = System.currentTimeMillis() + skipAfterFailureMs;
            log.warn("rate limits unavailable, Redis did not answer: {}", redisDown.toString());
            throw unavailable();
        }
        if (!taken.consumed()) {
            throw EdgeRefusal.tooManyRequests(Duration.ofMillis(taken.untilNextMs()));
        }
        return new Quota(Quota.policyOf(bucketKey), limit, taken.remaining(), Duration.ofMillis(taken.untilFullMs()));
    }

    /**
     * As {@link #consume} for a request that fails open: when Redis cannot be asked (or failed within the
     * skip window) it passes unlimited (no quota to tell) instead of being refused; over the limit it is
     * still refused.
     */
    public Optional<Quota> consumeOrPass(String bucketKey, RateLimitProperties.Limit limit) {
        if (System.currentTimeMillis() < skipUntilMs) {
            return Optional.empty();
        }
        try {
            return Optional.of(consume(bucketKey, limit));
        } catch (EdgeRefusal refused) {
            if (!isUnavailable(refused)) {
                throw refused;
            }
            return Optional.empty();
        }
    }

    /** The rate limit store did not answer: the caller decides whether to fail open or closed. */
    public static boolean isUnavailable(EdgeRefusal refusal) {
        return UNAVAILABLE.equals(refusal.code());
    }

    private static EdgeRefusal unavailable() {
        return EdgeRefusal.unavailable(UNAVAILABLE, "rate limits cannot be checked (Redis did not answer); "
                + "writes and sign-in wait until they can", Faults.RETRY_AFTER);
    }

    private TokenBucketScript connectOnce() {
        try {
            return buckets.get();
        } catch (RuntimeException firstTry) {
            return buckets.get();
        }
    }

    private TokenBucketScript proxies() {
        TokenBucketScript current = connected;
        if (current == null) {
            synchronized (this) {
                if (connected == null) {
                    connected = connectOnce(); // one more try: a first connection on a loaded node can be slow
                }
                current = connected;
            }
        }
        return current;
    }
}
