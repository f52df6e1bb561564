package bank.ledger.app.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import bank.ledger.app.support.Api;
import bank.ledger.app.support.LedgerIntegrationTest;
import bank.ledger.command.config.BoundedAggregateCache;
import bank.ledger.command.config.StoreCheckedCache;
import java.util.List;
import java.util.Map;
import org.axonframework.common.caching.Cache;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Several writers each cache accounts (issue 16): a copy cached on one node must not decide a command after
 * another node has posted to the account. The "other node" is a second cache holding what this node's
 * cache held before this node posted again.
 */
class StoreCheckedCacheIT extends LedgerIntegrationTest {
    @Autowired
    @Qualifier("accountCache")
    Cache accountCache;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void an_account_cached_on_another_node_is_used_while_current_and_dropped_once_this_node_posted_to_it() {
        String cash = openAccount("ASSET", "EUR", Map.of());
        String alice = openAccount("LIABILITY", "EUR", Map.of("debitsMustNotExceedCredits", true));
        post(cash, alice, "100.00");
        Object cachedThere = accountCache.get(alice);
        assertThat(cachedThere).as("this node cached alice after the deposit").isNotNull();
        Cache otherNode = new StoreCheckedCache(new BoundedAggregateCache(10), jdbc);
        otherNode.put(alice, cachedThere);

        assertThat((Object) otherNode.get(alice)).as("nothing newer in the event store").isSameAs(cachedThere);

        post(alice, cash, "60.00");

        assertThat((Object) otherNode.get(alice)).as("this node posted since: the other node's copy is stale").isNull();
        assertThat(otherNode.containsKey(alice)).isFalse();
        assertThat((Object) accountCache.get(alice)).as("this node's own copy is current").isNotNull();
    }

    @Test
    void an_account_nobody_has_cached_is_simply_missing() {
        Cache otherNode = new StoreCheckedCache(new BoundedAggregateCache(10), jdbc);

        assertThat((Object) otherNode.get(newId("acc"))).isNull();
    }

    private void post(String debit, String credit, String amount) {
        Api.Response posted = api.post("/api/v1/journal-entries", entry(newId("e"),
                List.of(line(debit, "DEBIT", amount), line(credit, "CREDIT", amount))));
        assertThat(posted.status()).as(posted.raw()).isEqualTo(201);
    }
}
