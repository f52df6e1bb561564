package bank.ledger.app.edge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import bank.ledger.app.edge.ratelimit.RateLimitFilter;
import bank.ledger.app.edge.ratelimit.RateLimitProperties;
import bank.ledger.app.edge.ratelimit.RateLimits;
import bank.ledger.app.support.Api;
import bank.ledger.app.support.LedgerIntegrationTest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Assumptions;
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
            // Guess until the bucket is empty. The bucket refills greedily (one token per period/capacity), and
            // on a loaded machine the bcrypt checks of the first guesses can outlast a refill: so count the
            // answers instead of assuming that exactly `capacity` guesses empty it.
            long guessesMax = configured.login().capacity() + 10;
            long guesses = 0;
            Api.Response guess = null;
            while ((guess == null || guess.status() == 401) && guesses < guessesMax) {
                guess = anonymous.post("/api/v1/auth/token", Map.of("username", user, "password", "guess-" + guesses));
                guesses++;
            }
            assertThat(guess.status()).as("after %d wrong guesses", guesses).isEqualTo(429);
            assertThat(guesses).isGreaterThan(configured.login().capacity());
            long emptyAtNs = System.nanoTime();
            // Retry-After is the wait rounded up to seconds: no token can arrive before (Retry-After - 1) s
            long noRefillBeforeNs = TimeUnit.SECONDS.toNanos(Long.parseLong(guess.header("Retry-After")) - 1);

            Api.Response throttled = anonymous.post("/api/v1/auth/token",
                    Map.of("username", user, "password", "the-right-password"));

            boolean tokenCouldHaveRefilled = System.nanoTime() - emptyAtNs >= noRefillBeforeNs;
            Assumptions.assumeFalse(throttled.status() == 200 && tokenCouldHaveRefilled,
                    "the machine was too slow to tell: a login token refilled before the right password arrived");
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
            RateLimits otherInstance = new RateLimits(redis, configured.redisPrefix(), 5000);
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

    }

    /**
     * One Lua script call per request (issue 11): the bucket is read, refilled and taken from in one atomic
     * step in Redis, so parallel requests of one client on several instances get exactly the capacity.
     */
    @Nested
    class AtomicBuckets {
        // one token a day refills: nothing refills while the test runs, however slow the machine
        private final RateLimitProperties.Limit forty = new RateLimitProperties.Limit(40, Duration.ofDays(40));

        private int takeInParallel(List<RateLimits> instances, String client, int attemptsPerThread) throws Exception {
            ExecutorService threads = Executors.newFixedThreadPool(8);
            try {
                List<Future<Integer>> taken = new ArrayList<>();
                for (int thread = 0; thread < 8; thread++) {
                    RateLimits instance = instances.get(thread % instances.size());
                    taken.add(threads.submit(() -> {
                        int granted = 0;
                        for (int i = 0; i < attemptsPerThread; i++) {
                            try {
                                instance.consume(client, forty);
                                granted++;
                            } catch (EdgeRefusal refused) {
                                assertThat(refused.status().value()).isEqualTo(429);
                            }
                        }
                        return granted;
                    }));
                }
                int granted = 0;
                for (Future<Integer> future : taken) {
                    granted += future.get(60, TimeUnit.SECONDS);
                }
                return granted;
            } finally {
                threads.shutdownNow();
            }
        }

        @Test
        void parallel_requests_of_one_client_on_one_instance_get_exactly_the_capacity() throws Exception {
            assertThat(takeInParallel(List.of(limits), "client-" + UUID.randomUUID(), 10)).isEqualTo(40);
        }

        @Test
        void parallel_requests_of_one_client_spread_over_two_instances_get_exactly_the_capacity() throws Exception {
            RateLimits otherInstance = new RateLimits(redis, configured.redisPrefix(), 5000);

            assertThat(takeInParallel(List.of(limits, otherInstance), "client-" + UUID.randomUUID(), 10)).isEqualTo(40);
        }

        @Test
        void the_quota_counts_down_and_a_refusal_tells_the_wait_for_one_token() {
            RateLimitProperties.Limit two = new RateLimitProperties.Limit(2, Duration.ofMinutes(2));
            String client = "client-" + UUID.randomUUID();

            assertThat(limits.consume(client, two).remaining()).isEqualTo(1);
            assertThat(limits.consume(client, two).remaining()).isZero();
            assertThatThrownBy(() -> limits.consume(client, two)).isInstanceOfSatisfying(EdgeRefusal.class,
                    refusal -> assertThat(refusal.retryAfter()).isBetween(Duration.ofSeconds(30), Duration.ofSeconds(60)));
        }
    }

    /** Redis does not answer (a client pointed at a port where nothing listens): writes fail closed, reads open. */
    @Nested
    class RedisDown {
        private final RateLimitProperties.Limit three = new RateLimitProperties.Limit(3, Duration.ofMinutes(1));

        private RateLimitFilter filterOnDeadRedis(LettuceConnectionFactory dead) {
            return new RateLimitFilter(new RateLimits(dead, configured.redisPrefix(), 5000),
                    new RateLimitProperties(true, configured.redisPrefix(), three, three, three, three));
        }

        @Test
        void a_write_is_refused_with_503_and_retry_after_and_never_passes_unmetered() throws Exception {
            try (DeadRedis dead = new DeadRedis()) {
                MockHttpServletResponse refused = request(filterOnDeadRedis(dead.factory), "POST",
                        "/api/v1/journal-entries", "10.0.0.1");

                assertThat(refused.getStatus()).isEqualTo(503);
                assertThat(refused.getContentType()).startsWith("application/problem+json");
                assertThat(refused.getContentAsString()).contains("\"code\":\"rateLimitUnavailable\"");
                assertThat(Long.parseLong(refused.getHeader("Retry-After"))).isBetween(1L, 60L);
            }
        }

        @Test
        void sign_in_is_refused_with_503_too() throws Exception {
            try (DeadRedis dead = new DeadRedis()) {
                assertThat(request(filterOnDeadRedis(dead.factory), "POST", "/api/v1/auth/token", "10.0.0.2")
                        .getStatus()).isEqualTo(503);
            }
        }

        @Test
        void a_read_passes_unlimited() throws Exception {
            try (DeadRedis dead = new DeadRedis()) {
                RateLimitFilter filter = filterOnDeadRedis(dead.factory);
                for (int i = 0; i < 5; i++) { // more than the capacity: no limit applies
                    assertThat(request(filter, "GET", "/api/v1/accounts", "10.0.0.3").getStatus()).isEqualTo(200);
                }
            }
        }
    }

    /** A Lettuce connection factory to a loopback port nothing listens on. */
    static final class DeadRedis implements AutoCloseable {
        final LettuceConnectionFactory factory;

        DeadRedis() throws java.io.IOException {
            int port;
            try (java.net.ServerSocket socket = new java.net.ServerSocket(0)) {
                port = socket.getLocalPort();
            }
            factory = new LettuceConnectionFactory(new org.springframework.data.redis.connection
                    .RedisStandaloneConfiguration("127.0.0.1", port));
            factory.afterPropertiesSet();
            factory.start();
        }

        @Override
        public void close() {
            factory.destroy();
        }
    }

    private static MockHttpServletResponse write(RateLimitFilter filter, String clientAddress) throws Exception {
        return request(filter, "POST", "/api/v1/journal-entries", clientAddress);
    }

    private static MockHttpServletResponse request(RateLimitFilter filter, String method, String path,
                                                   String clientAddress) throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest(method, path);
        request.setRemoteAddr(clientAddress);
        MockHttpServletResponse response = new MockHttpServletResponse();
        filter.doFilter(request, response, new MockFilterChain());
        return response;
    }
}
