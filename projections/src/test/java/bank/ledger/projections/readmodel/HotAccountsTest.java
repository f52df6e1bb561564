package bank.ledger.projections.readmodel;

import static org.assertj.core.api.Assertions.assertThat;

import bank.ledger.projections.hot.HotAccountStore;
import java.net.ServerSocket;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.data.redis.connection.RedisStandaloneConfiguration;
import org.springframework.data.redis.connection.lettuce.LettuceClientConfiguration;
import org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory;
import org.springframework.data.redis.core.StringRedisTemplate;

/** A Redis that is down costs a read one short time-out, then is skipped: reads go to PostgreSQL. */
class HotAccountsTest {
    private LettuceConnectionFactory down;
    private HotAccounts hot;

    @BeforeEach
    void redisThatIsNotThere() throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        down = new LettuceConnectionFactory(new RedisStandaloneConfiguration("127.0.0.1", closedPort),
                LettuceClientConfiguration.builder().commandTimeout(Duration.ofMillis(300)).build());
        down.afterPropertiesSet();
        down.start();
        StringRedisTemplate redis = new StringRedisTemplate(down);
        RedisReadModelProperties properties = new RedisReadModelProperties("test:", 60_000);
        hot = new HotAccounts(redis, new HotAccountStore(redis, properties), properties);
    }

    @AfterEach
    void close() {
        down.destroy();
    }

    @Test
    void a_read_while_redis_is_down_is_a_miss_not_an_error() {
        assertThat(hot.find("any")).isEmpty();
        assertThat(hot.recentLines("any", 20)).isEmpty();
    }

    @Test
    void after_one_failure_redis_is_skipped_and_a_refill_does_not_throw() {
        hot.find("any");

        hot.refill(new AccountRow("a", "1000", "Cash", "ASSET", "EUR", "OPEN", false, false, Map.of(), 1, 0, 0, 0,
                Instant.EPOCH, Instant.EPOCH, 1, null));

        assertThat(hot.find("a")).isEmpty();
    }

    @Test
    void every_column_of_an_account_has_a_hash_field_and_the_hash_reads_back_as_the_same_account() {
        AccountRow row = new AccountRow("a", "1000", "Cash", "ASSET", "EUR", "FROZEN", true, false,
                Map.of("branch", "7"), 100, 20, 3, 4, Instant.parse("2026-01-01T00:00:00Z"),
                Instant.parse("2026-02-01T00:00:00Z"), 9, "parent");

        Map<String, String> fields = HotAccountHash.fields(row);

        assertThat(fields.keySet()).containsExactlyInAnyOrderElementsOf(AccountTable.COLUMNS);
        assertThat(HotAccountHash.row(Map.copyOf(fields))).contains(row);
    }
}
