package bank.ledger.app.security.token;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.proc.JWSKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import java.security.Key;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The public keys that verify access tokens, converted from the JWK set once, by key id. Nimbus's
 * {@code JWSVerificationKeySelector} turns every matching JWK into a Java key on every request (the
 * issue 11 profile: 21–40% of a request's CPU); these keys never change while the process runs, because
 * rotation is a configuration change ({@link SigningKeys}: new key first, the old one kept for one token
 * lifetime, then dropped) and configuration is read at start-up. So the map is built once and a kid that
 * is not in it (a dropped key, a forged kid) finds nothing: the token is refused.
 * A token without kid is checked against every key, as Nimbus does.
 */
final class VerificationKeys implements JWSKeySelector<SecurityContext> {
    private static final JWSAlgorithm ALGORITHM = JWSAlgorithm.RS256;
    private final Map<String, List<Key>> byKeyId = new LinkedHashMap<>();
    private final List<Key> all = new ArrayList<>();

    VerificationKeys(JWKSet publicKeys) {
        for (JWK jwk : publicKeys.getKeys()) {
            if (!(jwk instanceof RSAKey rsa) || !usableForSignatures(rsa)) {
                continue;
            }
            Key key = publicKey(rsa);
            all.add(key);
            byKeyId.computeIfAbsent(rsa.getKeyID(), id -> new ArrayList<>()).add(key);
        }
    }

    @Override
    public List<? extends Key> selectJWSKeys(JWSHeader header, SecurityContext context) {
        if (!ALGORITHM.equals(header.getAlgorithm())) {
            return List.of();
        }
        if (header.getKeyID() == null) {
            return List.copyOf(all);
        }
        return byKeyId.getOrDefault(header.getKeyID(), List.of());
    }

    private static boolean usableForSignatures(RSAKey key) {
        return (key.getKeyUse() == null || KeyUse.SIGNATURE.equals(key.getKeyUse()))
                && (key.getAlgorithm() == null || ALGORITHM.equals(key.getAlgorithm()));
    }

    private static Key publicKey(RSAKey key) {
        try {
            return key.toRSAPublicKey();
        } catch (JOSEException e) {
            throw new IllegalStateException("JWT key " + key.getKeyID() + " has no usable public key", e);
        }
    }
}
