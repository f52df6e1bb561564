package bank.ledger.app.edge.ratelimit;

import bank.ledger.app.edge.EdgeRefusal;
import bank.ledger.app.web.Faults;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.proxy.ProxyManager;
import io.github.bucket4j.redis.lettuce.Bucket4jLettuce;
import io.lettuce.core.RedisClient;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.codec.ByteArrayCodec;
import io.lettuce.core.codec.RedisCodec;
import io.lettuce.core.codec.StringCodec;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory;

/**
 * Token buckets in Redis (Bucket4j, compare-and-swap), so every instance draws from the same bucket:
 * a client cannot multiply its allowance by spreading requests over instances.
 */
public class RateLimits {
    static final String UNAVAILABLE = "rateLimitUnavailable";
    private static final Logger log = LoggerFactory.getLogger(RateLimits.class);
    private final Supplier<ProxyManager<String>> buckets;
    private volatile ProxyManager<String> connected;
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
            StatefulRedisConnection<String, byte[]> connection =
                    client.connect(RedisCodec.of(StringCodec.UTF8, ByteArrayCodec.INSTANCE));
            return Bucket4jLettuce.casBasedBuilder(connection)
                    .expirationAfterWrite(ExpirationAfterWriteStrategy.basedOnTimeForRefillingBucketUpToMax(
                            Duration.ofSeconds(10)))
                    .requestTimeout(Duration.ofSeconds(2))
                    .build();
        };
    }

    /**
     * Takes one token from the client's bucket of this class and answers what remains, or refuses with the
     * time until the next one.
     */
    public Quota consume(String bucketKey, RateLimitProperties.Limit limit) {
        ConsumptionProbe probe;
        try {
            probe = probe(bucketKey, limit);
        } catch (RuntimeException redisDown) {
            skipUntilMs = System.currentTimeMillis() + skipAfterFailureMs;
            log.warn("rate limits unavailable, Redis did not answer: {}", redisDown.toString());
            throw unavailable();
        }
        if (!probe.isConsumed()) {
            throw EdgeRefusal.tooManyRequests(Duration.ofNanos(probe.getNanosToWaitForRefill()));
        }
        return new Quota(Quota.policyOf(bucketKey), limit, probe.getRemainingTokens(), Duration.ofNanos(probe.getNanosToWaitForReset()));
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

    private ConsumptionProbe probe(String bucketKey, RateLimitProperties.Limit limit) {
        BucketConfiguration configuration = BucketConfiguration.builder()
                .addLimit(bandwidth -> bandwidth.capacity(limit.capacity())
                        .refillGreedy(limit.capacity(), limit.period()))
                .build();
        return proxies().builder().build(prefix + bucketKey, () -> configuration).tryConsumeAndReturnRemaining(1);
    }

    private ProxyManager<String> connectOnce() {
        try {
            return buckets.get();
        } catch (RuntimeException firstTry) {
            return buckets.get();
        }
    }

    private ProxyManager<String> proxies() {
        ProxyManager<String> current = connected;
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
