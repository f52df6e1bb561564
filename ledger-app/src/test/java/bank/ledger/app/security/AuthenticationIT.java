package bank.ledger.app.security;

import static org.assertj.core.api.Assertions.assertThat;

import bank.ledger.app.security.token.AccessTokens;
import bank.ledger.app.security.token.SessionStore;
import bank.ledger.app.security.token.SigningKeys;
import bank.ledger.app.support.Api;
import bank.ledger.app.support.LedgerIntegrationTest;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;

/** Logging in, refreshing, logging out; tokens that expire, are revoked, reused or forged are refused. */
class AuthenticationIT extends LedgerIntegrationTest {
    private static final String PROTECTED = "/api/v1/accounts?pageSize=1";
    @Autowired
    AccessTokens accessTokens;
    @Autowired
    SessionStore sessions;
    @Autowired
    JwtEncoder jwtEncoder;
    @Autowired
    SigningKeys signingKeys;
    private String username;
    private String password;

    @BeforeEach
    void aFreshAccountant() {
        username = newId("clerk").substring(0, 40).toLowerCase();
        password = "pw-" + UUID.randomUUID();
        Api.Response created = api.post("/api/v1/users", Map.of("username", username, "password", password,
                "role", "accountant"));
        assertThat(created.status()).as(created.raw()).isEqualTo(201);
    }

    private Api.Response login(String user, String secret) {
        return api.anonymous().post("/api/v1/auth/token", Map.of("username", user, "password", secret));
    }

    private Api.Response refresh(String refreshToken) {
        return api.anonymous().post("/api/v1/auth/refresh", Map.of("refreshToken", refreshToken));
    }

    private Api bearer(Api.Response tokens) {
        return api.anonymous().withToken(tokens.text("accessToken"));
    }

    private static void assertProblem(Api.Response response, int status, String code) {
        assertThat(response.status()).as(response.raw()).isEqualTo(status);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.text("code")).isEqualTo(code);
        assertThat(response.raw()).doesNotContain("Exception").doesNotContain("at bank.");
    }

    @Nested
    class Token {
        @Test
        void the_right_password_gives_a_bearer_token_that_opens_the_api() {
            Api.Response tokens = login(username, password);

            assertThat(tokens.status()).isEqualTo(200);
            assertThat(tokens.text("tokenType")).isEqualTo("Bearer");
            assertThat(tokens.text("role")).isEqualTo("accountant");
            assertThat(tokens.body().get("expiresIn").asLong()).isPositive();
            assertThat(bearer(tokens).get(PROTECTED).status()).isEqualTo(200);
        }

        @Test
        void a_wrong_password_and_an_unknown_user_get_the_same_refusal() {
            assertProblem(login(username, password + "x"), 401, "invalidCredentials");
            assertProblem(login("nobody-" + UUID.randomUUID(), password), 401, "invalidCredentials");
        }

        @Test
        void a_disabled_user_cannot_log_in_and_loses_its_sessions_at_once() {
            Api.Response tokens = login(username, password);
            assertThat(api.post("/api/v1/users/" + username + "/disable", "").status()).isEqualTo(200);

            assertProblem(bearer(tokens).get(PROTECTED), 401, "unauthenticated");
            assertProblem(login(username, password), 401, "invalidCredentials");
        }

        @Test
        void missing_or_oversized_credentials_are_malformed() {
            assertProblem(api.anonymous().post("/api/v1/auth/token", Map.of("username", username)), 400,
                    "invalidField");
            assertProblem(api.anonymous().post("/api/v1/auth/token",
                    Map.of("username", username, "password", "p".repeat(129))), 400, "invalidField");
        }
    }

    @Nested
    class AccessTokensRefused {
        @Test
        void no_token_is_401_with_a_bearer_challenge() {
            Api.Response response = api.anonymous().get(PROTECTED);

            assertProblem(response, 401, "unauthenticated");
            assertThat(response.header("WWW-Authenticate")).startsWith("Bearer");
        }

        @Test
        void a_garbage_token_is_refused() {
            assertProblem(api.anonymous().withToken("not-a-jwt").get(PROTECTED), 401, "unauthenticated");
        }

        @Test
        void an_expired_token_is_refused_the_second_it_expires() {
            SessionStore.Session session = sessions.open(username, "accountant", "api").session();
            String expired = accessTokens.issue(session, Instant.now().minusSeconds(1));
            String live = accessTokens.issue(session, Instant.now().plusSeconds(60));

            assertProblem(api.anonymous().withToken(expired).get(PROTECTED), 401, "unauthenticated");
            assertThat(api.anonymous().withToken(live).get(PROTECTED).status()).isEqualTo(200);
        }

        @Test
        void a_token_signed_by_the_ledger_s_own_key_but_without_exp_is_refused() {
            SessionStore.Session session = sessions.open(username, "accountant", "api").session();
            JwtClaimsSet.Builder claims = JwtClaimsSet.builder().issuer("ledger").subject(username)
                    .claim("role", "accountant").claim("sid", session.id()).claim("channel", "api");
            JwsHeader header = JwsHeader.with(SignatureAlgorithm.RS256).keyId(signingKeys.active().getKeyID()).build();
            String eternal = jwtEncoder.encode(JwtEncoderParameters.from(header, claims.build())).getTokenValue();
            String expiring = jwtEncoder.encode(JwtEncoderParameters.from(header,
                    claims.expiresAt(Instant.now().plusSeconds(60)).build())).getTokenValue();

            assertProblem(api.anonymous().withToken(eternal).get(PROTECTED), 401, "unauthenticated");
            assertThat(api.anonymous().withToken(expiring).get(PROTECTED).status()).isEqualTo(200);
        }

        @Test
        void a_token_signed_by_a_key_the_ledger_does_not_publish_is_refused() throws Exception {
            SessionStore.Session session = sessions.open(username, "admin", "api").session();
            var foreignKey = new RSAKeyGenerator(2048).keyID("foreign").keyUse(KeyUse.SIGNATURE).generate();
            var encoder = new NimbusJwtEncoder(new ImmutableJWKSet<>(new JWKSet(foreignKey)));
            JwtClaimsSet claims = JwtClaimsSet.builder().issuer("ledger").subject(username)
                    .expiresAt(Instant.now().plusSeconds(60)).claim("role", "admin").claim("sid", session.id())
                    .claim("channel", "api").build();
            String forged = encoder.encode(JwtEncoderParameters.from(
                    JwsHeader.with(SignatureAlgorithm.RS256).keyId("foreign").build(), claims)).getTokenValue();

            assertProblem(api.anonymous().withToken(forged).get(PROTECTED), 401, "unauthenticated");
        }

        @Test
        void the_jwks_endpoint_publishes_public_keys_only() {
            Api.Response jwks = api.anonymous().get("/.well-known/jwks.json");

            assertThat(jwks.status()).isEqualTo(200);
            assertThat(jwks.body().get("keys").get(0).get("kty").asString()).isEqualTo("RSA");
            assertThat(jwks.body().get("keys").get(0).has("d")).isFalse();
        }
    }

    @Nested
    class Refresh {
        @Test
        void refreshing_rotates_the_refresh_token_and_keeps_the_session() {
            Api.Response first = login(username, password);
            Api.Response second = refresh(first.text("refreshToken"));

            assertThat(second.status()).as(second.raw()).isEqualTo(200);
            assertThat(second.text("refreshToken")).isNotEqualTo(first.text("refreshToken"));
            assertThat(second.text("sessionId")).isEqualTo(first.text("sessionId"));
            assertThat(bearer(second).get(PROTECTED).status()).isEqualTo(200);
            assertThat(refresh(second.text("refreshToken")).status()).isEqualTo(200);
        }

        @Test
        void a_reused_refresh_token_ends_the_whole_session() {
            Api.Response first = login(username, password);
            Api.Response second = refresh(first.text("refreshToken"));

            assertProblem(refresh(first.text("refreshToken")), 401, "refreshTokenReused");
            assertProblem(bearer(second).get(PROTECTED), 401, "unauthenticated");
            assertProblem(refresh(second.text("refreshToken")), 401, "invalidRefreshToken");
        }

        @Test
        void an_unknown_refresh_token_is_refused_without_ending_anything() {
            Api.Response tokens = login(username, password);

            assertProblem(refresh(tokens.text("sessionId") + ".guessed-secret"), 401, "invalidRefreshToken");
            assertProblem(refresh("no-dot"), 401, "invalidRefreshToken");
            assertThat(bearer(tokens).get(PROTECTED).status()).isEqualTo(200);
        }
    }

    @Nested
    class LogoutAndRevocation {
        @Test
        void after_logout_the_access_and_refresh_tokens_are_refused_at_once() {
            Api.Response tokens = login(username, password);

            assertThat(bearer(tokens).post("/api/v1/auth/logout", "").status()).isEqualTo(204);

            assertProblem(bearer(tokens).get(PROTECTED), 401, "unauthenticated");
            assertProblem(refresh(tokens.text("refreshToken")), 401, "invalidRefreshToken");
        }

        @Test
        void an_administrator_lists_a_users_sessions_and_revokes_one() {
            Api.Response kept = login(username, password);
            Api.Response revoked = login(username, password);

            Api.Response listed = api.get("/api/v1/users/" + username + "/sessions");
            assertThat(listed.status()).isEqualTo(200);
            assertThat(listed.raw()).contains(kept.text("sessionId"), revoked.text("sessionId"));
            assertThat(api.delete("/api/v1/sessions/" + revoked.text("sessionId")).status()).isEqualTo(204);

            assertProblem(bearer(revoked).get(PROTECTED), 401, "unauthenticated");
            assertThat(bearer(kept).get(PROTECTED).status()).isEqualTo(200);
            assertProblem(api.delete("/api/v1/sessions/" + revoked.text("sessionId")), 404, "sessionNotFound");
        }
    }
}
