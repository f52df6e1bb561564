package bank.ledger.app.reconciliation;

import static org.assertj.core.api.Assertions.assertThat;

import bank.ledger.app.support.Api;
import bank.ledger.app.support.TestActors;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A person's reconciliation decision over HTTP goes through the one write side like any other command:
 * its events carry the caller's {@code X-Correlation-Id}, name, role and channel, the statement's events
 * and the journal entry it posts for a difference alike.
 */
class ReconciliationDecisionMetadataIT extends ReconciliationTest {
    private static final JsonMapper JSON = JsonMapper.builder().build();
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void an_unmatch_and_a_match_with_a_difference_record_the_callers_correlation_id_and_role_on_every_event() {
        Bank bank = newBank();
        postReceipt(bank, "8.00", DAY, null);
        String key = uploadAndAwait(Camt.endOfDay(bank.iban(), newId("st"), DAY).line(800, null, null, "x").bytes());
        awaitLine(key, 1, status("MATCHED"));
        String smaller = postReceipt(bank, "7.50", "2026-11-27", null);
        awaitLedgerItemsCaughtUp(); // the manual match claims the posting as reconciliation's read model knows it
        String unmatchId = "unmatch-" + UUID.randomUUID();
        String matchId = "match-" + UUID.randomUUID();

        Api accountant = api.as("accountant");
        Api.Response unmatched = accountant.withHeader("X-Correlation-Id", unmatchId)
                .post(path(key, 1, "unmatch"), Map.of("reason", "wrong customer"));
        Api.Response matched = accountant.withHeader("X-Correlation-Id", matchId).post(path(key, 1, "match"),
                Map.of("reason", "remittance says so", "items", List.of(Map.of("entryId", smaller))));

        assertThat(unmatched.status()).as(unmatched.raw()).isEqualTo(200);
        assertThat(matched.status()).as(matched.raw()).isEqualTo(200);
        String differenceEntry = matched.text("differenceEntryId");
        assertThat(differenceEntry).as(matched.raw()).isNotNull();
        assertRecordedAsTheAccountant(lastEvent(key, "StatementLineUnmatched"), unmatchId);
        assertRecordedAsTheAccountant(lastEvent(key, "StatementLineMatched"), matchId);
        assertRecordedAsTheAccountant(lastEvent(differenceEntry, "JournalEntryPosted"), matchId);
    }

    private static void assertRecordedAsTheAccountant(JsonNode metadata, String correlationId) {
        assertThat(metadata.get("correlationId").asString()).as(metadata.toString()).isEqualTo(correlationId);
        assertThat(metadata.get("actor").asString()).isEqualTo(TestActors.username("accountant"));
        assertThat(metadata.get("actorRole").asString()).as(metadata.toString()).isEqualTo("accountant");
        assertThat(metadata.get("channel").asString()).isEqualTo("api");
    }

    /** The metadata of the aggregate's latest event of the type, as stored in the event store. */
    private JsonNode lastEvent(String aggregateId, String eventType) {
        List<byte[]> rows = jdbc.query("select metadata from domainevententry where aggregateidentifier = ?"
                        + " and payloadtype like ? order by sequencenumber desc limit 1", (rs, n) -> rs.getBytes(1),
                aggregateId, "%." + eventType);
        assertThat(rows).as(eventType + " of " + aggregateId).hasSize(1);
        return JSON.readTree(rows.get(0));
    }
}
