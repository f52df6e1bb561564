package bank.ledger.app.edge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import bank.ledger.app.edge.ratelimit.RateLimitFilter;
import bank.ledger.app.edge.ratelimit.RateLimitProperties;
import bank.ledger.app.edge.ratelimit.RateLimits;
import bank.ledger.app.support.Api;
import bank.ledger.app.support.LedgerIntegrationTest;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/** Rate limits live in Redis, per client and endpoint class, and answer 429 with Retry-After. */
class RateLimitIT extends LedgerIntegrationTest {
    @Autowired
    RateLimits limits;
    @Autowired
    LettuceConnectionFactory redis;
    @Autowired
    RateLimitProperties configured;

    @Nested
    class TokenEndpoint {
        @Test
        void guessing_one_accounts_password_is_throttled_even_for_the_right_password() {
            String user = ("bf-" + UUID.randomUUID()).substring(0, 30);
            api.post("/api/v1/users", Map.of("username", user, "password", "the-right-password", "role", "auditor"));
            Api anonymous = api.anonymous();
            for (int attempt = 0; attempt < configured.login().capacity(); attempt++) {
                assertThat(anonymous.post("/api/v1/auth/token", Map.of("username", user, "password", "guess-" + attempt))
                        .status()).isEqualTo(401);
            }

            Api.Response throttled = anonymous.post("/api/v1/auth/token",
                    Map.of("username", user, "password", "the-right-password"));

            assertThat(throttled.status()).isEqualTo(429);
            assertThat(throttled.text("code")).isEqualTo("tooManyRequests");
            assertThat(Long.parseLong(throttled.header("Retry-After"))).isBetween(1L, 60L);
        }

        @Test
        void throttling_one_account_leaves_the_others_alone() {
            String victim = ("bf-" + UUID.randomUUID()).substring(0, 30);
            for (int attempt = 0; attempt <= configured.login().capacity(); attempt++) {
                api.anonymous().post("/api/v1/auth/token", Map.of("username", victim, "password", "guess"));
            }

            assertThat(api.as("auditor").get("/api/v1/accounts?pageSize=1").status()).isEqualTo(200);
        }
    }

    @Nested
    class PerClientBuckets {
        private final RateLimitProperties.Limit three = new RateLimitProperties.Limit(3, Duration.ofMinutes(1));

        @Test
        void a_client_gets_its_capacity_then_a_refusal_with_the_wait() {
            String client = "client-" + UUID.randomUUID();
            for (int i = 0; i < 3; i++) {
                limits.consume(client, three);
            }

            assertThatThrownBy(() -> limits.consume(client, three)).isInstanceOfSatisfying(EdgeRefusal.class,
                    refusal -> {
                        assertThat(refusal.status().value()).isEqualTo(429);
                        assertThat(refusal.retryAfter()).isPositive().isLessThanOrEqualTo(Duration.ofSeconds(20));
                    });
        }

        @Test
        void every_instance_draws_from_the_same_bucket() {
            String client = "client-" + UUID.randomUUID();
            RateLimits otherInstance = new RateLimits(redis, configured.redisPrefix());
            for (int i = 0; i < 3; i++) {
                limits.consume(client, three);
            }

            assertThatThrownBy(() -> otherInstance.consume(client, three)).isInstanceOf(EdgeRefusal.class);
        }

        @Test
        void the_filter_answers_429_with_retry_after_once_writes_exceed_the_limit() throws Exception {
            RateLimitFilter filter = new RateLimitFilter(limits, new RateLimitProperties(true,
                    configured.redisPrefix(), three, three, three, three));
            String clientAddress = "10.9." + ThreadLocalRandom.current().nextInt(256) + "."
                    + ThreadLocalRandom.current().nextInt(256) + "-" + UUID.randomUUID();
            for (int i = 0; i < 3; i++) {
                assertThat(write(filter, clientAddress).getStatus()).isEqualTo(200);
            }

            MockHttpServletResponse refused = write(filter, clientAddress);

            assertThat(refused.getStatus()).isEqualTo(429);
            assertThat(refused.getContentType()).startsWith("application/problem+json");
            assertThat(refused.getHeader("Retry-After")).isNotBlank();
            assertThat(refused.getContentAsString()).contains("\"code\":\"tooManyRequests\"");
        }

        private MockHttpServletResponse write(RateLimitFilter filter, String clientAddress) throws Exception {
            MockHttpServletRequest request = new MockHttpServletRequest("POST", "/api/v1/journal-entries");
            request.setRemoteAddr(clientAddress);
            MockHttpServletResponse response = new MockHttpServletResponse();
            filter.doFilter(request, response, new MockFilterChain());
            return response;
        }
    }
}
