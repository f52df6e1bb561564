package bank.ledger.connectors.pull;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import bank.ledger.domain.refusal.LedgerRefusal;
import java.time.Duration;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** What a bank connection may be: refused before it is stored, each with its code and field. */
class ConnectionRequestTest {
    private static final String FINGERPRINT = "SHA256:47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU";
    private static final PullCredentials PASSWORD = new PullCredentials("pw", null, null, null, null, null);
    private static final PullCredentials BEARER = new PullCredentials(null, null, "token", null, null, "consent");

    @Nested
    class Sftp {
        @Test
        void a_complete_connection_is_taken() {
            assertThat(sftp("sftp.bank.example", "/out", FINGERPRINT, PASSWORD).validate("bank-a", Duration.ofMinutes(1), true))
                    .isEqualTo(BankConnection.Kind.SFTP);
        }

        @ParameterizedTest
        @ValueSource(strings = {"/out/../../etc", "..", "/out\\x", "/out\u0000x", "/out\nx", ""})
        void a_path_that_steps_out_or_hides_a_control_character_is_refused(String path) {
            assertRefused(() -> sftp("sftp.bank.example", path, FINGERPRINT, PASSWORD), "invalidField", "path");
        }

        @ParameterizedTest
        @ValueSource(strings = {"bank example", "-bank", "bank.example.", "user@bank", "bank:22"})
        void a_host_that_is_no_dns_name_is_refused(String host) {
            assertRefused(() -> sftp(host, "/out", FINGERPRINT, PASSWORD), "invalidField", "host");
        }

        @ParameterizedTest
        @ValueSource(strings = {"MD5:aa:bb", "SHA256:short", "47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU"})
        void a_host_key_that_is_no_sha256_fingerprint_is_refused(String fingerprint) {
            assertRefused(() -> sftp("sftp.bank.example", "/out", fingerprint, PASSWORD), "hostKeyRequired", "hostKeyFingerprint");
        }

        @Test
        void both_a_password_and_a_key_or_an_api_token_are_refused() {
            assertRefused(() -> sftp("h.example", "/out", FINGERPRINT, new PullCredentials("pw", "key", null, null, null, null)),
                    "credentialsInvalid", "credentials");
            assertRefused(() -> sftp("h.example", "/out", FINGERPRINT, BEARER), "credentialsInvalid", "credentials");
        }
    }

    @Nested
    class Api {
        @Test
        void an_https_connection_with_a_token_is_taken() {
            assertThat(api("https://api.bank.example/psd2", "acc-1", BEARER).validate("bank-b", Duration.ofMinutes(1), true))
                    .isEqualTo(BankConnection.Kind.API);
        }

        @ParameterizedTest
        @ValueSource(strings = {"http://api.bank.example", "ftp://api.bank.example", "https://user:pw@api.bank.example",
                "https://api.bank.example/?x=1", "https://api.bank.example/#f", "https:///nohost", "not a url"})
        void a_url_that_is_not_plain_https_is_refused(String url) {
            assertRefused(() -> api(url, "acc-1", BEARER), "urlNotHttps", "url");
        }

        @ParameterizedTest
        @ValueSource(strings = {"../admin", "a/b", "a%2Fb", "a?b", ""})
        void an_account_id_that_would_leave_its_url_segment_is_refused(String account) {
            assertRefused(() -> api("https://api.bank.example", account, BEARER), "invalidField", "accountId");
        }

        @Test
        void a_client_id_without_its_secret_is_refused() {
            assertRefused(() -> api("https://api.bank.example", "acc-1", new PullCredentials(null, null, null, "id", null, null)),
                    "credentialsInvalid", "credentials");
        }

        @Test
        void a_ca_certificate_that_is_no_certificate_is_refused() {
            ConnectionRequest request = new ConnectionRequest("b", "api", null, null, null, null, null, null,
                    "https://api.bank.example", "acc-1", "camt", "-----BEGIN CERTIFICATE-----\nAAAA\n-----END CERTIFICATE-----",
                    "every PT1H", null, BEARER);
            assertRefused(() -> request, "invalidField", "caCertificate");
        }
    }

    @Test
    void credentials_are_required_on_create_only() {
        ConnectionRequest withoutCredentials = sftp("h.example", "/out", FINGERPRINT, null);

        assertThat(withoutCredentials.validate("bank-a", Duration.ofMinutes(1), false)).isEqualTo(BankConnection.Kind.SFTP);
        assertRefused(() -> withoutCredentials, "credentialsInvalid", "credentials");
    }

    @Test
    void the_credentials_never_show_in_their_text() {
        assertThat(new PullCredentials("s3cret", null, null, null, null, null).toString()).doesNotContain("s3cret")
                .contains("password");
    }

    private static ConnectionRequest sftp(String host, String path, String fingerprint, PullCredentials credentials) {
        return new ConnectionRequest("bank-a", "sftp", host, 22, "ledger", path, null, fingerprint, null, null, null, null,
                "every PT1H", null, credentials);
    }

    private static ConnectionRequest api(String url, String account, PullCredentials credentials) {
        return new ConnectionRequest("bank-b", "api", null, null, null, null, null, null, url, account, "camt", null,
                "every PT1H", null, credentials);
    }

    private static void assertRefused(java.util.function.Supplier<ConnectionRequest> request, String code, String field) {
        assertThatThrownBy(() -> request.get().validate("bank-x", Duration.ofMinutes(1), true)).isInstanceOf(LedgerRefusal.class)
                .satisfies(e -> {
                    assertThat(((LedgerRefusal) e).code().code()).isEqualTo(code);
                    assertThat(((LedgerRefusal) e).field()).isEqualTo(field);
                });
    }
}
