package bank.ledger.app.readmodel;

import static org.assertj.core.api.Assertions.assertThat;

import bank.ledger.app.support.Api;
import java.util.List;
import java.util.Map;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Hostile events already in the store (issue 10, item 1): text PostgreSQL cannot hold must not stop a
 * projection, and no later event of the same segment may wait behind it.
 */
class PoisonEventIT extends ReadModelTestSupport {
    static final String NUL = "\u0000";
    static final String REPLACEMENT = "\uFFFD";
    @Autowired
    EventStore eventStore;
    @Autowired
    TransactionManager transactions;
    @Autowired
    JdbcTemplate jdbc;
    HostileEvents hostile;

    @BeforeEach
    void hostileWriter() {
        hostile = new HostileEvents(eventStore, transactions);
    }

    /** Posts a plain entry with this id through the API. */
    void postEntry(String id) {
        String cash = openAccount("ASSET", "EUR", Map.of());
        String income = openAccount("INCOME", "EUR", Map.of());
        Api.Response posted = api.post("/api/v1/journal-entries", entry(id,
                List.of(line(cash, "DEBIT", "1.00"), line(income, "CREDIT", "1.00"))));
        assertThat(posted.status()).as(posted.raw()).isEqualTo(201);
    }

    @Nested
    class TextThatPostgresqlCannotHold {
        @Test
        void an_entry_with_a_nul_in_its_description_and_metadata_is_projected_with_replacements_and_later_entries_follow() {
            String poison = newId("je-nul");
            hostile.entryPosted(poison, "a" + NUL + "b", Map.of("note" + NUL, "x" + NUL + "y"));
            String later = HostileEvents.sameSegmentAs(poison, "je-after-nul");
            postEntry(later);

            Api.Response projected = await("/api/v1/journal-entries/" + poison, r -> true);
            await("/api/v1/journal-entries/" + later, r -> true);

            assertThat(projected.text("description")).isEqualTo("a" + REPLACEMENT + "b");
            assertThat(projected.body().get("metadata").get("note" + REPLACEMENT).asString())
                    .isEqualTo("x" + REPLACEMENT + "y");
            awaitProcessorCaughtUp("reconciliation-ledger-items");
            assertThat(jdbc.queryForList("select description from recon_ledger_item where entry_id = ?",
                    String.class, poison)).containsOnly("a" + REPLACEMENT + "b");
        }

        @Test
        void an_account_with_a_nul_in_its_name_and_metadata_is_projected_and_later_accounts_follow() {
            String poison = newId("acc-nul");
            hostile.accountOpened(poison, "Ca" + NUL + "sh", Map.of("branch", "1" + NUL));
            String later = HostileEvents.sameSegmentAs(poison, "acc-after-nul");
            Api.Response opened = api.post("/api/v1/accounts", Map.of("id", later, "code", "C-" + later,
                    "name", "Later", "type", "ASSET", "currency", "EUR"));
            assertThat(opened.status()).as(opened.raw()).isEqualTo(201);

            awaitInReadModel(poison);
            awaitInReadModel(later);

            assertThat(jdbc.queryForObject("select name from rm_account where account_id = ?", String.class, poison))
                    .isEqualTo("Ca" + REPLACEMENT + "sh");
            assertThat(jdbc.queryForObject("select metadata ->> 'branch' from rm_account where account_id = ?",
                    String.class, poison)).isEqualTo("1" + REPLACEMENT);
        }
    }
}
