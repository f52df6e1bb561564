package bank.ledger.app.security.token;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import bank.ledger.app.security.LedgerSecurityProperties;
import com.nimbusds.jose.jwk.RSAKey;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class SigningKeysTest {
    static String pem(String type, byte[] der) {
        return "-----BEGIN " + type + "-----\n" + Base64.getMimeEncoder().encodeToString(der) + "\n-----END " + type
                + "-----\n";
    }

    static LedgerSecurityProperties.Key privateKey(String id) throws Exception {
        RSAKey key = SigningKeys.generate(id);
        return new LedgerSecurityProperties.Key(id, pem("PRIVATE KEY", key.toPrivateKey().getEncoded()), null);
    }

    static LedgerSecurityProperties.Jwt jwt(List<LedgerSecurityProperties.Key> keys) {
        return new LedgerSecurityProperties.Jwt("ledger", Duration.ofMinutes(5), keys, false);
    }

    @Nested
    class Configured {
        @Test
        void the_first_key_with_a_private_half_signs_and_every_key_is_published() throws Exception {
            RSAKey retired = SigningKeys.generate("2026-10");
            var publicOnly = new LedgerSecurityProperties.Key("2026-10", null,
                    pem("PUBLIC KEY", retired.toPublicKey().getEncoded()));

            SigningKeys keys = SigningKeys.from(jwt(List.of(publicOnly, privateKey("2026-11"))), false);

            assertThat(keys.active().getKeyID()).isEqualTo("2026-11");
            assertThat(keys.publicKeys().getKeys()).extracting(k -> k.getKeyID()).containsExactly("2026-10", "2026-11");
            assertThat(keys.publicKeys().getKeys()).noneMatch(k -> k.isPrivate());
        }

        @Test
        void keys_without_a_private_half_cannot_sign() throws Exception {
            RSAKey only = SigningKeys.generate("k");
            var publicOnly = new LedgerSecurityProperties.Key("k", null, pem("PUBLIC KEY", only.toPublicKey().getEncoded()));

            assertThatThrownBy(() -> SigningKeys.from(jwt(List.of(publicOnly)), false))
                    .isInstanceOf(IllegalStateException.class).hasMessageContaining("private");
        }

        @Test
        void a_key_that_is_not_pem_is_refused_with_its_id() {
            var broken = new LedgerSecurityProperties.Key("broken", "-----BEGIN PRIVATE KEY-----\nAAAA\n-----END PRIVATE KEY-----", null);

            assertThatThrownBy(() -> SigningKeys.from(jwt(List.of(broken)), false))
                    .isInstanceOf(IllegalStateException.class).hasMessageContaining("broken");
        }
    }

    @Nested
    class Unconfigured {
        @Test
        void production_refuses_to_start_without_a_key() {
            assertThatThrownBy(() -> SigningKeys.from(jwt(List.of()), false)).isInstanceOf(IllegalStateException.class);
        }

        @Test
        void dev_signs_with_an_ephemeral_key() {
            assertThat(SigningKeys.from(jwt(List.of()), true).active().isPrivate()).isTrue();
        }
    }
}
