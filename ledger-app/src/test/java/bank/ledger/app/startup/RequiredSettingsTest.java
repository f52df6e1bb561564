package bank.ledger.app.startup;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

class RequiredSettingsTest {
    private static final String KEYS = "ledger.stream.webhooks.secret-keys";

    @Nested
    class TheDevProfile {
        @Test
        void needs_no_secret() {
            MockEnvironment dev = new MockEnvironment().withProperty("ledger.embedded.enabled", "true");
            dev.setActiveProfiles("dev");
            assertThat(RequiredSettings.missing(dev, true)).isEmpty();
        }

        @Test
        void is_refused_by_the_production_jar_which_has_no_embedded_servers() {
            MockEnvironment dev = new MockEnvironment().withProperty("ledger.embedded.enabled", "true");
            dev.setActiveProfiles("dev");
            assertThat(RequiredSettings.missing(dev, false)).singleElement().asString()
                    .contains("ledger.embedded.enabled", "ledger-app.jar");
        }
    }

    @Nested
    class OutsideTheDevProfile {
        @Test
        void a_signing_key_and_a_webhook_key_are_enough() {
            MockEnvironment external = new MockEnvironment().withProperty(KEYS, "k1:abc")
                    .withProperty("ledger.security.jwt.keys[0].private-key", "-----BEGIN PRIVATE KEY-----");
            external.setActiveProfiles("external");
            assertThat(RequiredSettings.missing(external, false)).isEmpty();
        }

        @Test
        void an_ephemeral_key_when_allowed_replaces_the_signing_key() {
            MockEnvironment external = new MockEnvironment().withProperty(KEYS, "k1:abc")
                    .withProperty("ledger.security.jwt.allow-ephemeral-key", "true");
            assertThat(RequiredSettings.missing(external, false)).isEmpty();
        }

        @Test
        void a_key_that_only_verifies_does_not_sign() {
            MockEnvironment external = new MockEnvironment().withProperty(KEYS, "k1:abc")
                    .withProperty("ledger.security.jwt.keys[0].id", "k1")
                    .withProperty("ledger.security.jwt.keys[1].id", "k0")
                    .withProperty("ledger.security.jwt.keys[1].public-key", "-----BEGIN PUBLIC KEY-----");
            assertThat(RequiredSettings.missing(external, false)).singleElement().asString()
                    .startsWith("LEDGER_JWT_PRIVATE_KEY");
        }

        @Test
        void a_bootstrap_administrator_needs_a_long_password_and_none_is_needed() {
            MockEnvironment external = new MockEnvironment().withProperty(KEYS, "k1:abc")
                    .withProperty("ledger.security.jwt.allow-ephemeral-key", "true")
                    .withProperty("ledger.security.bootstrap-admin.username", "root");
            assertThat(RequiredSettings.missing(external, false)).singleElement().asString()
                    .startsWith("LEDGER_BOOTSTRAP_ADMIN_PASSWORD");
            external.setProperty("ledger.security.bootstrap-admin.username", "");
            assertThat(RequiredSettings.missing(external, false)).isEmpty();
        }
    }
}
