package bank.ledger.app.reconciliation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import bank.ledger.app.support.Api;
import bank.ledger.command.config.StatementAggregateProperties;
import bank.ledger.command.dispatch.CommandDispatch;
import bank.ledger.command.dispatch.CommandOrigin;
import bank.ledger.domain.refusal.LedgerRefusal;
import bank.ledger.domain.refusal.RefusalCode;
import bank.ledger.domain.statement.BankStatement;
import bank.ledger.domain.statement.api.LineMatch;
import bank.ledger.domain.statement.api.MatchStatementLines;
import bank.ledger.domain.statement.api.MatchedItem;
import bank.ledger.domain.statement.api.RecordStatementLines;
import bank.ledger.domain.statement.api.StatementState;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.awaitility.Awaitility;
import org.axonframework.common.caching.Cache;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Bank statements are snapshotted, and a statement loaded from its snapshot (not from the cache, not
 * from all its events) still knows its batches, its recorded lines and its matches.
 */
class StatementSnapshotIT extends ReconciliationTest {
    @Autowired
    EventStore eventStore;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    CommandDispatch commands;
    @Autowired
    @Qualifier("bankStatementCache")
    Cache statementCache;
    @Autowired
    StatementAggregateProperties statementSettings;

    @Test
    void a_statement_read_back_from_its_snapshot_keeps_its_batches_lines_and_matches() {
        Bank bank = newBank();
        int snapshotEveryEvents = statementSettings.snapshotEveryEvents();
        int matchedLines = snapshotEveryEvents + 10; // received + one batch + one event per match
        Camt camt = Camt.endOfDay(bank.iban(), newId("st"), DAY);
        for (int i = 1; i <= matchedLines; i++) {
            String e2e = "SNAP-" + i + "-" + bank.iban();
            postReceipt(bank, (i + 1) + ".00", DAY, e2e);
            camt.line((i + 1) * 100L, e2e, null, "invoice " + i);
        }
        int open = matchedLines + 1;
        awaitLedgerItemsCaughtUp(); // so that the engine matches every line in its first pass
        String key = uploadAndAwait(camt.line(987_654, null, null, "nobody's").bytes());
        awaitStatement(key, s -> s.has("lines") && s.get("lines").has("MATCHED")
                && s.get("lines").get("MATCHED").get("count").asInt() == matchedLines);

        long snapshotAt = awaitSnapshot(key);
        // the engine records a page of matches per command (ENGINE_PAGE_LINES in the tests): the snapshot is
        // taken after the command that passes the threshold, so it holds the batch and the first page's matches
        assertThat(snapshotAt).as("the snapshot holds the batch and matches").isGreaterThanOrEqualTo(snapshotEveryEvents);
        assertThat(jdbc.queryForObject("select count(*) from snapshotevententry where aggregateidentifier = ?",
                Long.class, key)).isEqualTo(1);
        statementCache.remove(key); // the next command loads the snapshot

        StatementState again = commands.send(new RecordStatementLines(key, 0, List.of()),
                CommandOrigin.system("it", "api"));
        assertThat(again.duplicate()).as("batch 0 is known as recorded").isTrue();
        assertRefused(manualMatch(key, 1), RefusalCode.LINE_ALREADY_MATCHED);
        assertRefused(manualMatch(key, open + 1), RefusalCode.STATEMENT_LINE_NOT_FOUND);

        String late = postReceipt(bank, "9876.54", "2026-01-02", null); // too far for the rules: left to a person
        awaitLedgerItemsCaughtUp();
        Api.Response matched = api.post("/api/v1/reconciliation/statements/" + key + "/lines/" + open + "/match",
                Map.of("actor", "alice", "reason", "paid late", "items", List.of(Map.of("entryId", late))));
        assertThat(matched.status()).as(matched.raw()).isEqualTo(200);
        assertThat(awaitLine(key, open, status("MATCHED")).get("rule").asString()).isEqualTo("manual");
    }

    /** Waits for the snapshot and answers the sequence number it was taken at. */
    private long awaitSnapshot(String key) {
        long[] sequence = new long[1];
        Awaitility.await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            DomainEventMessage<?> first = eventStore.readEvents(key).next();
            assertThat(first.getPayload()).as("the stream starts from a snapshot").isInstanceOf(BankStatement.class);
            sequence[0] = first.getSequenceNumber();
        });
        return sequence[0];
    }

    private static MatchStatementLines manualMatch(String key, int lineNo) {
        return new MatchStatementLines(key, List.of(new LineMatch(lineNo, List.of(new MatchedItem("je-none", 0, 1)),
                "manual", 100, null, LineMatch.ANY_EPOCH)), true, "alice", "checking the snapshot");
    }

    private void assertRefused(MatchStatementLines command, RefusalCode code) {
        assertThatThrownBy(() -> commands.send(command, CommandOrigin.system("alice", "api")))
                .isInstanceOfSatisfying(LedgerRefusal.class, refusal -> assertThat(refusal.code()).isEqualTo(code));
    }
}
