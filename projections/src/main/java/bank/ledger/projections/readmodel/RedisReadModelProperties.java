package bank.ledger.projections.readmodel;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The Redis read models ({@code ledger.redis.*}): the prefix of every key the projections write (so that
 * several ledgers, or test runs, can share one Redis), and how long reads skip Redis after it failed,
 * reading PostgreSQL instead of waiting on a dead connection at every request.
 */
@ConfigurationProperties("ledger.redis")
public record RedisReadModelProperties(@DefaultValue("ledger:") String keyPrefix,
                                       @DefaultValue("5000") long skipAfterFailureMs) {
    public RedisReadModelProperties {
        if (keyPrefix == null) {
            throw new IllegalArgumentException("ledger.redis.key-prefix must be set (it may be empty)");
        }
        if (skipAfterFailureMs < 0) {
            throw new IllegalArgumentException("ledger.redis.skip-after-failure-ms must be >= 0");
        }
    }
}
