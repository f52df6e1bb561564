package bank.ledger.app.security.token;

import bank.ledger.app.security.LedgerSecurityProperties;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;
import java.time.Duration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.security.oauth2.jwt.JwtIssuerValidator;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;

/** The ledger is its own token issuer: RS256 access tokens checked against its keys and its live sessions. */
@Configuration
class TokenConfiguration {
    @Bean
    SigningKeys signingKeys(LedgerSecurityProperties properties, Environment environment) {
        boolean ephemeralAllowed = properties.jwt().allowEphemeralKey()
                || environment.acceptsProfiles(Profiles.of("dev"));
        return SigningKeys.from(properties.jwt(), ephemeralAllowed);
    }

    @Bean
    SessionStore sessionStore(StringRedisTemplate redis, LedgerSecurityProperties properties) {
        return new SessionStore(redis, properties.session());
    }

    @Bean
    JwtEncoder jwtEncoder(SigningKeys keys) {
        return new NimbusJwtEncoder(new ImmutableJWKSet<>(new JWKSet(keys.active())));
    }

    @Bean
    AccessTokens accessTokens(JwtEncoder encoder, SigningKeys keys, LedgerSecurityProperties properties) {
        return new AccessTokens(encoder, properties.jwt().issuer(), keys.active().getKeyID(),
                properties.jwt().accessTokenTtl());
    }

    /**
     * Signature by any published key, our issuer, expiry with no clock skew allowance (instances keep NTP
     * time; a token is dead the second it expires), and a session that still exists in Redis. A token
     * without {@code exp} is refused: Spring's validator lets one pass by default, and such a token,
     * signed by a key that ever leaked, would never die.
     */
    @Bean
    JwtDecoder jwtDecoder(SigningKeys keys, LedgerSecurityProperties properties, SessionStore sessions) {
        NimbusJwtDecoder decoder = new NimbusJwtDecoder(processor(keys));
        JwtTimestampValidator timestamps = new JwtTimestampValidator(Duration.ZERO);
        timestamps.setAllowEmptyExpiryClaim(false);
        decoder.setJwtValidator(new DelegatingOAuth2TokenValidator<>(timestamps,
                new JwtIssuerValidator(properties.jwt().issuer()), sessionAlive(sessions)));
        return decoder;
    }

    /** Signature checks against the keys converted once ({@link VerificationKeys}), RS256 only. */
    static DefaultJWTProcessor<SecurityContext> processor(SigningKeys keys) {
        DefaultJWTProcessor<SecurityContext> processor = new DefaultJWTProcessor<>();
        processor.setJWSKeySelector(new VerificationKeys(keys.publicKeys()));
        processor.setJWTClaimsSetVerifier((claims, context) -> { }); // Spring's validators below decide
        return processor;
    }

    private static OAuth2TokenValidator<Jwt> sessionAlive(SessionStore sessions) {
        OAuth2Error revoked = new OAuth2Error("invalid_token", "the session has ended", null);
        return jwt -> {
            String sessionId = jwt.getClaimAsString(AccessTokens.SESSION);
            return sessionId != null && sessions.isAlive(sessionId) ? OAuth2TokenValidatorResult.success()
                    : OAuth2TokenValidatorResult.failure(revoked);
        };
    }
}
