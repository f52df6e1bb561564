package bank.ledger.connectors.pull;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import bank.ledger.projections.support.crypto.SealingKeys;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class CredentialSealerTest {
    private static final String K1 = "k1:" + java.util.Base64.getEncoder().encodeToString(bytes(1));
    private static final String K2 = "k2:" + java.util.Base64.getEncoder().encodeToString(bytes(2));

    @Nested
    class Sealing {
        @Test
        void credentials_sealed_under_the_first_key_open_again() {
            CredentialSealer sealer = new CredentialSealer(List.of(K1, K2));

            SealingKeys.Sealed sealed = sealer.seal("{\"password\":\"s3cret\"}", "bank-a");

            assertThat(sealed.keyId()).isEqualTo("k1");
            assertThat(new String(sealed.ciphertext())).doesNotContain("s3cret");
            assertThat(sealer.open(sealed, "bank-a")).contains("{\"password\":\"s3cret\"}");
        }

        @Test
        void the_same_credentials_sealed_twice_differ_by_their_nonce() {
            CredentialSealer sealer = new CredentialSealer(List.of(K1));

            assertThat(sealer.seal("x", "bank-a").ciphertext()).isNotEqualTo(sealer.seal("x", "bank-a").ciphertext());
        }

        @Test
        void without_keys_nothing_is_sealed() {
            CredentialSealer sealer = new CredentialSealer(List.of(" "));

            assertThat(sealer.hasKeys()).isFalse();
            assertThatThrownBy(() -> sealer.seal("x", "bank-a")).isInstanceOf(IllegalStateException.class);
        }
    }

    @Nested
    class Opening {
        @Test
        void a_wrong_key_under_the_same_id_opens_nothing() {
            SealingKeys.Sealed sealed = new CredentialSealer(List.of(K1)).seal("x", "bank-a");
            String otherKeySameId = "k1:" + java.util.Base64.getEncoder().encodeToString(bytes(9));

            assertThat(new CredentialSealer(List.of(otherKeySameId)).open(sealed, "bank-a")).isEmpty();
        }

        @Test
        void a_ciphertext_copied_onto_another_connection_opens_nothing() {
            CredentialSealer sealer = new CredentialSealer(List.of(K1));

            assertThat(sealer.open(sealer.seal("x", "bank-a"), "bank-b")).isEmpty();
        }

        @Test
        void an_altered_ciphertext_opens_nothing() {
            CredentialSealer sealer = new CredentialSealer(List.of(K1));
            SealingKeys.Sealed sealed = sealer.seal("x", "bank-a");
            byte[] altered = Arrays.copyOf(sealed.ciphertext(), sealed.ciphertext().length);
            altered[altered.length - 1] ^= 1;

            assertThat(sealer.open(new SealingKeys.Sealed("k1", altered), "bank-a")).isEmpty();
        }

        @Test
        void a_key_no_longer_configured_opens_nothing() {
            SealingKeys.Sealed sealed = new CredentialSealer(List.of(K1)).seal("x", "bank-a");

            assertThat(new CredentialSealer(List.of(K2)).open(sealed, "bank-a")).isEmpty();
        }
    }

    @Nested
    class Rotation {
        @Test
        void after_a_new_key_is_put_first_old_credentials_open_and_new_ones_are_sealed_under_it() {
            SealingKeys.Sealed old = new CredentialSealer(List.of(K1)).seal("old", "bank-a");
            CredentialSealer rotated = new CredentialSealer(List.of(K2, K1));

            assertThat(rotated.open(old, "bank-a")).contains("old");
            SealingKeys.Sealed resealed = rotated.seal("old", "bank-a");
            assertThat(resealed.keyId()).isEqualTo("k2");
            assertThat(new CredentialSealer(List.of(K2)).open(resealed, "bank-a")).contains("old");
        }
    }

    @Nested
    class Keys {
        @Test
        void a_key_of_other_than_32_bytes_is_refused_at_start() {
            assertThatThrownBy(() -> new CredentialSealer(List.of("k1:" + java.util.Base64.getEncoder().encodeToString(new byte[16]))))
                    .hasMessageContaining("16 bytes, not 32");
        }

        @Test
        void a_key_id_twice_is_refused_at_start() {
            assertThatThrownBy(() -> new CredentialSealer(List.of(K1, K1))).hasMessageContaining("appears twice");
        }

        @Test
        void an_entry_without_an_id_is_refused_at_start() {
            assertThatThrownBy(() -> new CredentialSealer(List.of(K1.substring(3)))).hasMessageContaining("<id>:<base64 key>");
        }
    }

    private static byte[] bytes(int seed) {
        byte[] key = new byte[32];
        Arrays.fill(key, (byte) seed);
        return key;
    }
}
