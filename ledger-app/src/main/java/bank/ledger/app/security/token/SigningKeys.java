package bank.ledger.app.security.token;

import bank.ledger.app.security.LedgerSecurityProperties;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import java.security.KeyFactory;
import java.security.interfaces.RSAPrivateCrtKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.RSAPublicKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The RSA keys that sign (the active one) and verify (all) access tokens. Rotation: add the new key
 * first in {@code ledger.security.jwt.keys}, keep the old one after it (private half may go) for at least
 * one access-token lifetime, then drop it. The JWKS endpoint publishes every public key.
 */
public final class SigningKeys {
    private static final Logger log = LoggerFactory.getLogger(SigningKeys.class);
    private final RSAKey active;
    private final JWKSet all;

    SigningKeys(RSAKey active, List<JWK> all) {
        this.active = active;
        this.all = new JWKSet(all);
    }

    /** From configuration; with no keys configured, an ephemeral key when allowed (dev, tests), else refuse. */
    public static SigningKeys from(LedgerSecurityProperties.Jwt jwt, boolean ephemeralAllowed) {
        if (jwt.keys().isEmpty()) {
            if (!ephemeralAllowed) {
                throw new IllegalStateException("no JWT signing key configured (ledger.security.jwt.keys[0].*); "
                        + "an ephemeral key is allowed only in the dev profile or with "
                        + "ledger.security.jwt.allow-ephemeral-key=true on a single instance");
            }
            log.warn("signing access tokens with an ephemeral key: tokens die with this process and other "
                    + "instances cannot verify them");
            RSAKey key = generate("ephemeral-" + UUID.randomUUID());
            return new SigningKeys(key, List.of(key));
        }
        List<JWK> keys = new ArrayList<>();
        RSAKey active = null;
        for (LedgerSecurityProperties.Key configured : jwt.keys()) {
            RSAKey key = parse(configured);
            keys.add(key);
            if (active == null && key.isPrivate()) {
                active = key;
            }
        }
        if (active == null) {
            throw new IllegalStateException("no configured JWT key has a private half: nothing can sign");
        }
        return new SigningKeys(active, keys);
    }

    public RSAKey active() {
        return active;
    }

    /** Public keys only, for verification and for the JWKS endpoint. */
    public JWKSet publicKeys() {
        return all.toPublicJWKSet();
    }

    static RSAKey generate(String keyId) {
        try {
            return new RSAKeyGenerator(2048).keyID(keyId).keyUse(KeyUse.SIGNATURE).generate();
        } catch (JOSEException e) {
            throw new IllegalStateException("cannot generate an RSA key", e);
        }
    }

    static RSAKey parse(LedgerSecurityProperties.Key configured) {
        if (configured.id() == null || configured.id().isBlank()) {
            throw new IllegalStateException("every JWT key needs an id (it becomes the token's kid)");
        }
        try {
            KeyFactory rsa = KeyFactory.getInstance("RSA");
            RSAPrivateCrtKey privateKey = configured.privateKey() == null || configured.privateKey().isBlank() ? null
                    : (RSAPrivateCrtKey) rsa.generatePrivate(new PKCS8EncodedKeySpec(pem(configured.privateKey())));
            RSAPublicKey publicKey = configured.publicKey() != null && !configured.publicKey().isBlank()
                    ? (RSAPublicKey) rsa.generatePublic(new X509EncodedKeySpec(pem(configured.publicKey())))
                    : privateKey == null ? null
                    : (RSAPublicKey) rsa.generatePublic(new RSAPublicKeySpec(privateKey.getModulus(),
                            privateKey.getPublicExponent()));
            if (publicKey == null) {
                throw new IllegalStateException("JWT key " + configured.id() + " has neither a private nor a public key");
            }
            return new RSAKey.Builder(publicKey).privateKey(privateKey).keyID(configured.id())
                    .keyUse(KeyUse.SIGNATURE).build();
        } catch (java.security.GeneralSecurityException | IllegalArgumentException e) {
            throw new IllegalStateException("JWT key " + configured.id() + " is not a PEM RSA key (PKCS#8 / X.509)", e);
        }
    }

    private static byte[] pem(String text) {
        String base64 = text.replaceAll("-----(BEGIN|END) [A-Z ]+-----", "").replaceAll("\\s", "");
        return Base64.getDecoder().decode(base64);
    }
}
