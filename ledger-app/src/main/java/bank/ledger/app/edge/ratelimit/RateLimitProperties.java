package bank.ledger.app.edge.ratelimit;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Rate limits per client and endpoint class ({@code ledger.rate-limit.*}); defaults in application.properties.
 *
 * @param login per attempted username on the token endpoint (brute force against one account)
 * @param auth  per client address on the authentication endpoints (spraying many accounts)
 * @param read  per authenticated client on reads
 * @param write per authenticated client on writes
 */
@ConfigurationProperties("ledger.rate-limit")
public record RateLimitProperties(boolean enabled, String redisPrefix, Limit login, Limit auth, Limit read,
                                  Limit write) {
    /** {@code capacity} requests, refilled evenly over {@code period}: bursts up to capacity, then the rate. */
    public record Limit(long capacity, Duration period) {
    }
}
