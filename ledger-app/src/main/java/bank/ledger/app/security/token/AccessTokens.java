package bank.ledger.app.security.token;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;

/** Signs short-lived access tokens: who ({@code sub}), which role, which session ({@code sid}), which channel. */
public class AccessTokens {
    public static final String ROLE = "role";
    public static final String SESSION = "sid";
    public static final String CHANNEL = "channel";
    private final JwtEncoder encoder;
    private final String issuer;
    private final String keyId;
    private final Duration ttl;

    public AccessTokens(JwtEncoder encoder, String issuer, String keyId, Duration ttl) {
        this.encoder = encoder;
        this.issuer = issuer;
        this.keyId = keyId;
        this.ttl = ttl;
    }

    public String issue(SessionStore.Session session) {
        return issue(session, Instant.now().plus(ttl));
    }

    /** With an explicit expiry: the tests use it to prove an expired token is refused. */
    public String issue(SessionStore.Session session, Instant expiresAt) {
        Instant now = Instant.now();
        JwtClaimsSet claims = JwtClaimsSet.builder().issuer(issuer).subject(session.username())
                .issuedAt(now.isBefore(expiresAt) ? now : expiresAt.minusSeconds(1)).expiresAt(expiresAt)
                .id(UUID.randomUUID().toString()).claim(ROLE, session.role()).claim(SESSION, session.id())
                .claim(CHANNEL, session.channel()).build();
        JwsHeader header = JwsHeader.with(SignatureAlgorithm.RS256).keyId(keyId).build();
        return encoder.encode(JwtEncoderParameters.from(header, claims)).getTokenValue();
    }

    public Duration ttl() {
        return ttl;
    }
}
