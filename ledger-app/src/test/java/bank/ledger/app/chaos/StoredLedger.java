package bank.ledger.app.chaos;

import bank.ledger.app.chaos.TransferMix.Line;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * What the database holds for the run's ids, read directly (not through the application): the
 * entries and balance changes in the event store, and the read model rows.
 */
final class StoredLedger {
    record Totals(long debitsPosted, long creditsPosted, long debitsPending, long creditsPending) {
        static Totals of(JsonNode node) {
            return new Totals(node.path("debitsPosted").asLong(), node.path("creditsPosted").asLong(),
                    node.path("debitsPending").asLong(), node.path("creditsPending").asLong());
        }
    }

    record BalanceChange(String accountId, long sequence, String entryId, String currency, Totals change,
                         Totals totals) {
    }

    record AccountRow(String accountId, String currency, Totals totals, long lastSequence) {
    }

    /** Entry id → every JournalEntryPosted stored for it (one, if all is well), as its lines. */
    final Map<String, List<List<Line>>> entries = new HashMap<>();
    /** Account id → its balance changes in sequence order. */
    final Map<String, List<BalanceChange>> changes = new HashMap<>();
    final Map<String, Long> lastSequence = new HashMap<>();
    final Map<String, Integer> readModelEntries = new HashMap<>();
    final Map<String, AccountRow> readModelAccounts = new HashMap<>();

    static StoredLedger read(String dbUrl, String prefix) throws SQLException {
        StoredLedger stored = new StoredLedger();
        try (Connection db = DriverManager.getConnection(dbUrl, "postgres", "")) {
            stored.readEvents(db, prefix);
            stored.readReadModels(db, prefix);
        }
        return stored;
    }

    private void readEvents(Connection db, String prefix) throws SQLException {
        try (PreparedStatement sql = db.prepareStatement("select aggregateidentifier, sequencenumber, payloadtype, "
                + "convert_from(payload, 'UTF8') from domainevententry where aggregateidentifier like ? "
                + "order by aggregateidentifier, sequencenumber")) {
            sql.setString(1, prefix + "%");
            try (ResultSet rows = sql.executeQuery()) {
                while (rows.next()) {
                    String aggregate = rows.getString(1);
                    long sequence = rows.getLong(2);
                    lastSequence.merge(aggregate, sequence, Math::max);
                    String type = rows.getString(3);
                    JsonNode payload = Http.JSON.readTree(rows.getString(4));
                    if (type.endsWith(".JournalEntryPosted")) {
                        entries.computeIfAbsent(payload.path("entryId").asString(), id -> new ArrayList<>())
                                .add(lines(payload.path("postings")));
                    } else if (type.endsWith(".AccountBalanceChanged")) {
                        changes.computeIfAbsent(aggregate, id -> new ArrayList<>()).add(new BalanceChange(aggregate,
                                sequence, payload.path("entryId").asString(), payload.path("currency").asString(),
                                Totals.of(payload.path("change")), Totals.of(payload.path("totals"))));
                    }
                }
            }
        }
    }

    private static List<Line> lines(JsonNode postings) {
        List<Line> lines = new ArrayList<>();
        for (JsonNode posting : postings) {
            lines.add(new Line(posting.path("accountId").asString(), posting.path("side").asString(),
                    posting.path("amountMinor").asLong(), posting.path("currency").asString()));
        }
        return lines;
    }

    private void readReadModels(Connection db, String prefix) throws SQLException {
        try (PreparedStatement sql = db.prepareStatement(
                "select entry_id, count(*) from rm_journal_entry where entry_id like ? group by entry_id")) {
            sql.setString(1, prefix + "%");
            try (ResultSet rows = sql.executeQuery()) {
                while (rows.next()) {
                    readModelEntries.put(rows.getString(1), rows.getInt(2));
                }
            }
        }
        try (PreparedStatement sql = db.prepareStatement("select account_id, currency, debits_posted, credits_posted, "
                + "debits_pending, credits_pending, last_sequence from rm_account where account_id like ?")) {
            sql.setString(1, prefix + "%");
            try (ResultSet rows = sql.executeQuery()) {
                while (rows.next()) {
                    readModelAccounts.put(rows.getString(1), new AccountRow(rows.getString(1), rows.getString(2),
                            new Totals(rows.getLong(3), rows.getLong(4), rows.getLong(5), rows.getLong(6)),
                            rows.getLong(7)));
                }
            }
        }
    }

    /** The totals after the account's newest balance change (zero for an account never moved). */
    Totals finalTotals(String accountId) {
        List<BalanceChange> list = changes.getOrDefault(accountId, List.of());
        return list.isEmpty() ? new Totals(0, 0, 0, 0) : list.get(list.size() - 1).totals();
    }

    /** True when every read model row has caught up with the event store. */
    boolean readModelsCaughtUp() {
        for (String entryId : entries.keySet()) {
            if (!readModelEntries.containsKey(entryId)) {
                return false;
            }
        }
        for (AccountRow row : readModelAccounts.values()) {
            if (row.lastSequence() < lastSequence.getOrDefault(row.accountId(), 0L)) {
                return false;
            }
        }
        return true;
    }
}
