package bank.ledger.app.readmodel;

import static org.assertj.core.api.Assertions.assertThat;

import bank.ledger.app.support.Api;
import bank.ledger.projections.hot.HotAccountStore;
import bank.ledger.projections.readmodel.AccountTable;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.redis.core.StringRedisTemplate;

/** Hot balances in Redis: reads that skip PostgreSQL, and a Redis that loses its data mid-run. */
class HotBalancesIT extends ReadModelTestSupport {
    @Autowired
    StringRedisTemplate redis;
    @Value("${ledger.embedded.enabled:false}")
    boolean embeddedRedis;
    @Autowired
    HotAccountStore hotStore;

    private static String source(Api.Response response) {
        return response.header("X-Ledger-Read-Source");
    }

    private Api.Response awaitFromRedis(String accountId, String balance) {
        return awaitAccount(accountId, r -> "redis".equals(source(r)) && balance.equals(r.text("balance")));
    }

    /**
     * Redis loses everything. On the embedded Redis that is a real FLUSHDB; the shared CI Redis must not
     * be flushed (other runs use it), so there the test deletes every key of its own account instead.
     */
    private void flushRedis(String accountId) {
        // nothing of the account's may still be on its way to Redis, or it would come back after the flush
        awaitProcessorCaughtUp("hot-accounts");
        if (embeddedRedis) {
            redis.execute((org.springframework.data.redis.core.RedisCallback<Object>) c -> {
                c.serverCommands().flushDb();
                return null;
            });
            // the flush logged every session out, this test's included
            bank.ledger.app.support.TestActors.forgetTokens();
            api = new bank.ledger.app.support.Api(port).as("admin");
        } else {
            redis.delete(java.util.List.of(hotStore.accountKey(accountId), hotStore.recentKey(accountId)));
        }
    }

    /** A cash account debited {@code amount} on 1 November, once Redis shows it. */
    private String cashInRedis(String amount) {
        String cash = openAccount("ASSET", "EUR", Map.of());
        post("2026-11-01", cash, openAccount("INCOME", "EUR", Map.of()), amount);
        awaitFromRedis(cash, amount);
        awaitSettled(cash);
        return cash;
    }

    @Nested
    class FindAccount {
        @Test
        void a_balance_is_read_from_redis_once_the_projection_has_written_it() {
            String cash = openAccount("ASSET", "EUR", Map.of());
            String income = openAccount("INCOME", "EUR", Map.of());
            post("2026-11-01", cash, income, "12.34");

            Api.Response account = awaitFromRedis(cash, "12.34");

            assertThat(account.text("debitsPosted")).isEqualTo("12.34");
            assertThat(account.text("code")).isEqualTo("C-" + cash);
        }

        @Test
        void after_redis_is_flushed_reads_fall_back_to_postgresql_refill_redis_and_lose_nothing() {
            String cash = cashInRedis("10.00");
            String income = openAccount("INCOME", "EUR", Map.of());

            flushRedis(cash);
            Api.Response fallback = api.get("/api/v1/accounts/" + cash);
            Api.Response refilled = api.get("/api/v1/accounts/" + cash);
            post("2026-11-02", cash, income, "5.00");

            assertThat(source(fallback)).isEqualTo("postgresql");
            assertThat(fallback.text("balance")).isEqualTo("10.00");
            assertThat(source(refilled)).isEqualTo("redis");
            assertThat(refilled.text("balance")).isEqualTo("10.00");
            Api.Response after = awaitFromRedis(cash, "15.00");
            assertThat(after.body().get("version").asLong()).isEqualTo(2);
            awaitBalanceAt(cash, "2026-11-30", "15.00");
        }

        @Test
        void a_read_that_misses_redis_refills_it_through_the_projections_writer_with_the_fields_the_projection_wrote() {
            String cash = cashInRedis("7.50");
            Map<Object, Object> written = redis.opsForHash().entries(hotStore.accountKey(cash));

            redis.delete(hotStore.accountKey(cash));
            Api.Response fallback = api.get("/api/v1/accounts/" + cash);

            assertThat(source(fallback)).isEqualTo("postgresql");
            assertThat(written.keySet()).containsExactlyInAnyOrderElementsOf(AccountTable.COLUMNS);
            assertThat(redis.opsForHash().entries(hotStore.accountKey(cash))).isEqualTo(written);
            assertThat(source(api.get("/api/v1/accounts/" + cash))).isEqualTo("redis");
        }

        @Test
        void an_account_whose_hash_lost_its_static_fields_is_read_from_postgresql_not_half_from_redis() {
            String cash = cashInRedis("1.00");

            redis.opsForHash().delete(hotStore.accountKey(cash), AccountTable.CODE);

            Api.Response read = api.get("/api/v1/accounts/" + cash);
            assertThat(source(read)).isEqualTo("postgresql");
            assertThat(read.text("code")).isEqualTo("C-" + cash);
        }
    }

    @Nested
    class FindRecentLines {
        @Test
        void a_full_set_of_twenty_recent_lines_is_read_from_redis_newest_first() {
            String cash = openAccount("ASSET", "EUR", Map.of());
            String income = openAccount("INCOME", "EUR", Map.of());
            for (int i = 1; i <= 21; i++) {
                post("2026-11-01", cash, income, i + ".00");
            }
            awaitFromRedis(cash, "231.00");

            Api.Response recent = await("/api/v1/accounts/" + cash + "/recent-lines",
                    r -> "redis".equals(source(r)));

            assertThat(recent.body().get("lines")).hasSize(20);
            assertThat(recent.body().get("lines").get(0).get("change").get("debitsPosted").asString()).isEqualTo("21.00");
            assertThat(recent.body().get("lines").get(0).get("totals").get("debitsPosted").asString()).isEqualTo("231.00");
            assertThat(recent.body().get("lines").get(19).get("change").get("debitsPosted").asString()).isEqualTo("2.00");
        }

        @Test
        void fewer_lines_than_a_full_set_are_read_from_postgresql() {
            String cash = openAccount("ASSET", "EUR", Map.of());
            String income = openAccount("INCOME", "EUR", Map.of());
            post("2026-11-01", cash, income, "1.00");
            post("2026-11-02", income, cash, "0.25");
            awaitBalanceAt(cash, "2026-11-30", "0.75");

            Api.Response recent = api.get("/api/v1/accounts/" + cash + "/recent-lines");

            assertThat(source(recent)).isEqualTo("postgresql");
            assertThat(recent.body().get("lines")).extracting(l -> l.get("change").get("creditsPosted").asString())
                    .containsExactly("0.25", "0.00");
        }
    }
}
