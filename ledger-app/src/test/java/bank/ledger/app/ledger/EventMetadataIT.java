package bank.ledger.app.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import bank.ledger.app.support.Api;
import bank.ledger.app.support.LedgerIntegrationTest;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What auditors rely on in the event store itself: one entry's events (the entry's and each account's)
 * are committed together, carry who sent the command, the channel and one correlation id.
 */
class EventMetadataIT extends LedgerIntegrationTest {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void every_event_of_an_entry_carries_the_actor_channel_and_one_correlation_id() {
        String cash = openAccount("ASSET", "EUR", Map.of());
        String income = openAccount("INCOME", "EUR", Map.of());
        String entryId = newId("je");
        Api.Response posted = api.post("/api/v1/journal-entries",
                entry(entryId, List.of(line(cash, "DEBIT", "7.00"), line(income, "CREDIT", "7.00"))));
        assertThat(posted.status()).isEqualTo(201);

        List<JsonNode> metadata = jdbc.query("""
                select metadata from domainevententry
                where aggregateidentifier = ? or (aggregateidentifier in (?, ?) and sequencenumber > 0)""",
                (rs, row) -> JSON.readTree(new String(rs.getBytes("metadata"), StandardCharsets.UTF_8)),
                entryId, cash, income);

        assertThat(metadata).hasSize(3);
        assertThat(metadata).allSatisfy(m -> {
            assertThat(m.get("channel").asString()).isEqualTo("api");
            assertThat(m.get("actor").asString()).isNotBlank();
            assertThat(m.get("correlationId").asString()).isEqualTo(metadata.get(0).get("correlationId").asString());
        });
    }

    @Test
    void a_refused_entry_leaves_no_event_and_no_reservation_behind() {
        String wallet = openAccount("LIABILITY", "EUR", Map.of("debitsMustNotExceedCredits", true));
        String cash = openAccount("ASSET", "EUR", Map.of());
        String entryId = newId("je");

        Api.Response refused = api.post("/api/v1/journal-entries",
                entry(entryId, List.of(line(cash, "DEBIT", "1.00"), line(wallet, "DEBIT", "1.00"),
                        line(wallet, "CREDIT", "0.50"), line(cash, "CREDIT", "1.50"))));

        assertThat(refused.status()).isEqualTo(422);
        assertThat(jdbc.queryForObject("select count(*) from domainevententry where aggregateidentifier in (?, ?, ?) "
                + "and sequencenumber > 0 or aggregateidentifier = ?", Long.class, cash, wallet, entryId, entryId))
                .isZero();
        assertThat(jdbc.queryForObject("select count(*) from ledger_identity where id = ?", Long.class, entryId))
                .isZero();
    }
}
