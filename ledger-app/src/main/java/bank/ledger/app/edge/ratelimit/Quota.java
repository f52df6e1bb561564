package bank.ledger.app.edge.ratelimit;

import java.time.Duration;

/**
 * What a client has left of one rate-limit policy, as the header fields of the IETF draft
 * (draft-ietf-httpapi-ratelimit-headers-11, structured fields): {@code RateLimit-Policy: "read";q=600;w=60}
 * states the quota ({@code q} requests per window of {@code w} seconds) and
 * {@code RateLimit: "read";r=599;t=1} what remains ({@code r}) and the seconds until the bucket is full
 * again ({@code t}). The policy name is the endpoint class (auth, read, write, login).
 */
public record Quota(String policy, RateLimitProperties.Limit limit, long remaining, Duration reset) {
    public static final String POLICY_HEADER = "RateLimit-Policy";
    public static final String STATE_HEADER = "RateLimit";

    /** A refused request: nothing remains until the next token, which is also its Retry-After. */
    static Quota exhausted(String policy, RateLimitProperties.Limit limit, Duration untilNextToken) {
        return new Quota(policy, limit, 0, untilNextToken);
    }

    public String policyHeader() {
        return '"' + policy + "\";q=" + limit.capacity() + ";w=" + Math.max(1, limit.period().toSeconds());
    }

    /** Seconds rounded up: a client told 0 would come back before anything refilled. */
    public String stateHeader() {
        long seconds = remaining >= limit.capacity() ? 0 : Math.max(1, (reset.toMillis() + 999) / 1000);
        return '"' + policy + "\";r=" + remaining + ";t=" + seconds;
    }

    /** The policy of a bucket key such as {@code read:user:alice}: its endpoint class. */
    static String policyOf(String bucketKey) {
        int colon = bucketKey.indexOf(':');
        return colon < 0 ? bucketKey : bucketKey.substring(0, colon);
    }
}
