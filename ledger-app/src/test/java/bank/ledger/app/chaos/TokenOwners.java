package bank.ledger.app.chaos;

import bank.ledger.app.chaos.Invariants.Row;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Who owns each tracking processor segment ({@code tokenentry.owner}, Axon's {@code pid@host}): the node to
 * kill is the one owning most, and after the kill every segment it owned must be claimed by another node.
 */
final class TokenOwners {
    private static final long POLL_MS = 500;

    private TokenOwners() {
    }

    /** "processor/segment" → owner (null: claimed by nobody). */
    static Map<String, String> read(String dbUrl) throws SQLException {
        Map<String, String> owners = new TreeMap<>();
        try (Connection db = DriverManager.getConnection(dbUrl, "postgres", "");
             Statement sql = db.createStatement();
             ResultSet rows = sql.executeQuery("select processorname, segment, owner from tokenentry")) {
            while (rows.next()) {
                owners.put(rows.getString(1) + "/" + rows.getInt(2), rows.getString(3));
            }
        }
        return owners;
    }

    static long ownedBy(Map<String, String> owners, long pid) {
        return owners.values().stream().filter(o -> o != null && o.startsWith(pid + "@")).count();
    }

    /**
     * Waits (bounded) until every segment the dead process owned is owned by another process; the row
     * lists the segments still unclaimed or still held by the dead owner at the time-out. Only processors
     * another live node runs count ({@code runElsewhere}): a connectors-only processor waits for a node with
     * that role (the killed one, restarted).
     */
    static Row awaitTakeover(String dbUrl, Map<String, String> before, long deadPid, Set<String> runElsewhere,
                             Duration timeout) throws InterruptedException {
        List<String> owned = before.entrySet().stream()
                .filter(e -> e.getValue() != null && e.getValue().startsWith(deadPid + "@")).map(Map.Entry::getKey).toList();
        List<String> segments = owned.stream().filter(s -> runElsewhere.contains(s.substring(0, s.lastIndexOf('/'))))
                .toList();
        List<String> waitForRole = owned.stream().filter(s -> !segments.contains(s)).toList();
        long startNs = System.nanoTime();
        List<String> waiting;
        Map<String, String> now;
        do {
            try {
                now = read(dbUrl);
            } catch (SQLException busy) { // e.g. too many clients for a moment: ask again
                now = Map.of();
            }
            waiting = new ArrayList<>();
            for (String segment : segments) {
                String owner = now.get(segment);
                if (owner == null || owner.startsWith(deadPid + "@")) {
                    waiting.add(segment + ": " + (owner == null ? "claimed by nobody" : "still the dead node's"));
                }
            }
            if (waiting.isEmpty()) {
                break;
            }
            Thread.sleep(POLL_MS);
        } while (System.nanoTime() - startNs < timeout.toNanos());
        long tookMs = (System.nanoTime() - startNs) / 1_000_000;
        Map<String, String> after = now;
        String moved = segments.stream().map(s -> s + " → " + after.get(s)).distinct().limit(3).toList().toString();
        String roleOnly = waitForRole.isEmpty() ? "" : "; " + waitForRole + " run by no other node, wait for its restart";
        return new Row("segments of the killed projections node taken over by another node", segments.size(),
                waiting, segments.isEmpty() ? "informational: it owned none" + roleOnly
                        : waiting.isEmpty() ? "in " + tookMs + " ms, e.g. " + moved + roleOnly : roleOnly);
    }
}
