package bank.ledger.app.security;

import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Everything configurable about who gets in ({@code ledger.security.*}); defaults in application.properties.
 *
 * @param jwt             access tokens: issuer, lifetime, signing keys (first with a private key signs)
 * @param session         refresh sessions in Redis: lifetime, per-user cap, key prefix
 * @param bootstrapAdmin  the first administrator, created at start when no administrator exists
 * @param devPassword     password of the users the dev profile seeds
 * @param corsAllowedOrigins browser origins allowed to call the API (none by default)
 */
@ConfigurationProperties("ledger.security")
public record LedgerSecurityProperties(Jwt jwt, Session session, BootstrapAdmin bootstrapAdmin, String devPassword,
                                       List<String> corsAllowedOrigins) {
    public LedgerSecurityProperties {
        corsAllowedOrigins = corsAllowedOrigins == null ? List.of() : List.copyOf(corsAllowedOrigins);
    }

    public record Jwt(String issuer, Duration accessTokenTtl, List<Key> keys, boolean allowEphemeralKey) {
        /** A key with neither half is not a key: LEDGER_JWT_PRIVATE_KEY left empty (dev, tests) means no key. */
        public Jwt {
            keys = keys == null ? List.of() : keys.stream().filter(key -> !key.empty()).toList();
        }
    }

    /** A signing key: PEM texts; a key without its private half only verifies (a retired or foreign key). */
    public record Key(String id, String privateKey, String publicKey) {
        boolean empty() {
            return (privateKey == null || privateKey.isBlank()) && (publicKey == null || publicKey.isBlank());
        }
    }

    public record Session(Duration ttl, int maxPerUser, String redisPrefix) {
    }

    public record BootstrapAdmin(String username, String password) {
        /** The bootstrap administrator's password is at least this long (checked at start-up, and on creation). */
        public static final int PASSWORD_LENGTH_MIN = 16;
    }
}
