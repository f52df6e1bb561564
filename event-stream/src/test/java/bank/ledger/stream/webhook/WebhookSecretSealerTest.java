package bank.ledger.stream.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class WebhookSecretSealerTest {
    private static final String SECRET = "whsec_" + "s".repeat(43);
    private static final String KEY_A = "a:" + Base64.getEncoder().encodeToString("a".repeat(32).getBytes(StandardCharsets.UTF_8));
    private static final String KEY_B = "b:" + Base64.getEncoder().encodeToString("b".repeat(32).getBytes(StandardCharsets.UTF_8));
    private final WebhookSecretSealer sealer = new WebhookSecretSealer(List.of(KEY_A));

    @Nested
    class Sealing {
        @Test
        void opens_to_the_secret_and_holds_no_trace_of_it() {
            WebhookSecretSealer.Sealed sealed = sealer.seal(SECRET, "wh-1");

            assertThat(sealed.keyId()).isEqualTo("a");
            assertThat(new String(sealed.ciphertext(), StandardCharsets.ISO_8859_1)).doesNotContain("sss");
            assertThat(sealed.ciphertext()).hasSize(12 + SECRET.length() + 16);
            assertThat(sealer.open(sealed, "wh-1")).contains(SECRET);
        }

        @Test
        void uses_a_fresh_nonce_each_time() {
            assertThat(sealer.seal(SECRET, "wh-1").ciphertext()).isNotEqualTo(sealer.seal(SECRET, "wh-1").ciphertext());
        }

        @Test
        void does_not_open_on_another_webhook_nor_when_altered() {
            WebhookSecretSealer.Sealed sealed = sealer.seal(SECRET, "wh-1");
            byte[] altered = sealed.ciphertext().clone();
            altered[20] ^= 1;

            assertThat(sealer.open(sealed, "wh-2")).as("the webhook id is associated data").isEmpty();
            assertThat(sealer.open(new WebhookSecretSealer.Sealed("a", altered), "wh-1")).isEmpty();
            assertThat(sealer.open(new WebhookSecretSealer.Sealed("a", new byte[5]), "wh-1")).isEmpty();
        }
    }

    @Nested
    class Rotation {
        @Test
        void the_first_key_seals_and_an_older_one_still_opens() {
            WebhookSecretSealer.Sealed underOld = sealer.seal(SECRET, "wh-1");
            WebhookSecretSealer rotated = new WebhookSecretSealer(List.of(KEY_B, KEY_A));

            assertThat(rotated.seal(SECRET, "wh-1").keyId()).isEqualTo("b");
            assertThat(rotated.open(underOld, "wh-1")).contains(SECRET);
            assertThat(new WebhookSecretSealer(List.of(KEY_B)).open(underOld, "wh-1")).as("a dropped key").isEmpty();
        }
    }

    @Nested
    class Configuration {
        @Test
        void without_a_key_the_start_fails_naming_the_property() {
            assertThatThrownBy(() -> new WebhookSecretSealer(List.of())).isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("ledger.stream.webhooks.secret-keys");
            assertThatThrownBy(() -> new WebhookSecretSealer(List.of(" "))).isInstanceOf(IllegalStateException.class);
        }

        @Test
        void a_malformed_key_fails_the_start() {
            String shortKey = "s:" + Base64.getEncoder().encodeToString(new byte[16]);
            assertThatThrownBy(() -> new WebhookSecretSealer(List.of(shortKey))).hasMessageContaining("not 32");
            assertThatThrownBy(() -> new WebhookSecretSealer(List.of("no-colon"))).isInstanceOf(IllegalStateException.class);
            assertThatThrownBy(() -> new WebhookSecretSealer(List.of("x:%%%"))).hasMessageContaining("base64");
            assertThatThrownBy(() -> new WebhookSecretSealer(List.of(KEY_A, KEY_A))).hasMessageContaining("twice");
        }
    }
}
