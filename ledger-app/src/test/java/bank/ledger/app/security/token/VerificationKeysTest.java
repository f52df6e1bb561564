package bank.ledger.app.security.token;

import static bank.ledger.app.security.token.SigningKeysTest.jwt;
import static bank.ledger.app.security.token.SigningKeysTest.pem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import bank.ledger.app.security.LedgerSecurityProperties;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.proc.BadJOSEException;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Verification keys are converted once at start-up, and rotation (a configuration change) still holds. */
class VerificationKeysTest {
    private final RSAKey previous = SigningKeys.generate("2026-10");
    private final RSAKey current = SigningKeys.generate("2026-11");

    private LedgerSecurityProperties.Key configured(RSAKey key, boolean withPrivateHalf) throws Exception {
        return withPrivateHalf
                ? new LedgerSecurityProperties.Key(key.getKeyID(), pem("PRIVATE KEY", key.toPrivateKey().getEncoded()), null)
                : new LedgerSecurityProperties.Key(key.getKeyID(), null, pem("PUBLIC KEY", key.toPublicKey().getEncoded()));
    }

    private static String token(RSAKey signer, String keyId) throws Exception {
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(keyId).build(),
                new JWTClaimsSet.Builder().subject("alice").build());
        jwt.sign(new RSASSASigner(signer));
        return jwt.serialize();
    }

    private static void verify(SigningKeys keys, String token) throws Exception {
        TokenConfiguration.processor(keys).process(token, null);
    }

    @Nested
    class DuringTheOverlap {
        @Test
        void tokens_of_the_new_key_and_of_the_previous_key_are_both_accepted() throws Exception {
            SigningKeys keys = SigningKeys.from(jwt(List.of(configured(current, true), configured(previous, false))), false);

            verify(keys, token(current, "2026-11"));
            verify(keys, token(previous, "2026-10"));
        }

        @Test
        void a_token_naming_one_key_but_signed_by_another_is_refused() throws Exception {
            SigningKeys keys = SigningKeys.from(jwt(List.of(configured(current, true), configured(previous, false))), false);

            assertThatThrownBy(() -> verify(keys, token(previous, "2026-11"))).isInstanceOf(BadJOSEException.class);
        }
    }

    @Nested
    class AfterThePreviousKeyIsDropped {
        @Test
        void its_tokens_are_refused_and_the_new_keys_still_pass() throws Exception {
            SigningKeys keys = SigningKeys.from(jwt(List.of(configured(current, true))), false);

            assertThatThrownBy(() -> verify(keys, token(previous, "2026-10"))).isInstanceOf(BadJOSEException.class);
            assertThatThrownBy(() -> verify(keys, token(previous, "2026-11"))).isInstanceOf(BadJOSEException.class);
            verify(keys, token(current, "2026-11"));
        }
    }

    @Nested
    class Selection {
        private final VerificationKeys selector;

        Selection() throws Exception {
            selector = new VerificationKeys(SigningKeys.from(
                    jwt(List.of(configured(current, true), configured(previous, false))), false).publicKeys());
        }

        @Test
        void a_request_gets_the_key_converted_at_start_up_not_a_new_conversion() {
            JWSHeader header = new JWSHeader.Builder(JWSAlgorithm.RS256).keyID("2026-11").build();

            var first = selector.selectJWSKeys(header, null);
            var second = selector.selectJWSKeys(header, null);

            assertThat(first).hasSize(1);
            assertThat(second.get(0)).isSameAs(first.get(0));
        }

        @Test
        void an_unknown_kid_or_another_algorithm_finds_no_key() {
            assertThat(selector.selectJWSKeys(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID("forged\u0000").build(),
                    null)).isEmpty();
            assertThat(selector.selectJWSKeys(new JWSHeader.Builder(JWSAlgorithm.HS256).keyID("2026-11").build(),
                    null)).isEmpty();
        }

        @Test
        void a_token_without_kid_is_checked_against_every_key() {
            assertThat(selector.selectJWSKeys(new JWSHeader(JWSAlgorithm.RS256), null)).hasSize(2);
        }
    }
}
