package bank.ledger.projections.admin;

import bank.ledger.projections.support.jobs.JobProperties;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import org.springframework.context.annotation.Profile;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Rebuilds as rows of {@code app_rebuild_request}, shared by every node (docs/architecture.md "Rebuilds
 * across nodes"). A processor's tokens can only be rewound while no node works on any of its segments: Axon
 * refuses to store a token whose claim another node holds, and a node that kept running would write its old
 * position back over the rewound one. So a rebuild is requested here, every node stops its processor, and
 * {@link #tryReset} rewinds the tokens once no segment has a live claim.
 */
@Component
@Profile("projections")
public class RebuildRequests {
    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;
    private final String nodeId;

    /** A rebuild: when and by which node it was asked for, the head then, and when the tokens were rewound. */
    public record Request(String processor, Instant requestedAt, String requestedBy, long headAtStart,
                          Instant resetAt) {
        public boolean pending() {
            return resetAt == null;
        }
    }

    public RebuildRequests(JdbcTemplate jdbc, TransactionTemplate transaction, JobProperties jobs) {
        this.jdbc = jdbc;
        this.transaction = transaction;
        this.nodeId = jobs.nodeId();
    }

    /**
     * Records a rebuild of the processor, or returns the one still pending (asking twice rebuilds once). A
     * finished rebuild's row is replaced by the new request.
     */
    public Request request(String processor, long headAtStart) {
        jdbc.update("""
                insert into app_rebuild_request (processor_name, requested_at, requested_by, head_at_start)
                values (?, now(), ?, ?)
                on conflict (processor_name) do update set requested_at = excluded.requested_at,
                    requested_by = excluded.requested_by, head_at_start = excluded.head_at_start, reset_at = null
                where app_rebuild_request.reset_at is not null""", processor, nodeId, headAtStart);
        return of(processor).orElseThrow();
    }

    public Optional<Request> of(String processor) {
        return jdbc.query("""
                select processor_name, requested_at, requested_by, head_at_start, reset_at from app_rebuild_request
                where processor_name = ?""", (rs, row) -> new Request(rs.getString(1), instant(rs.getTimestamp(2)),
                rs.getString(3), rs.getLong(4), instant(rs.getTimestamp(5))), processor).stream().findFirst();
    }

    /** Processors with a rebuild whose tokens are not rewound yet. */
    public List<String> pending() {
        return jdbc.queryForList("select processor_name from app_rebuild_request where reset_at is null order by 1",
                String.class);
    }

    /**
     * Rewinds every segment's token of the processor to "before the first event", releasing every claim, if
     * no segment has a live claim (one renewed within {@code claimTimeout}: a node killed while holding it
     * counts as gone once its claim is that old). The token rows are locked for the check and the rewrite,
     * so a node claiming a segment meanwhile waits and then claims the rewound token. True when it rewound.
     */
    public boolean tryReset(String processor, Duration claimTimeout) {
        return Boolean.TRUE.equals(transaction.execute(status -> {
            if (pending().stream().noneMatch(processor::equals)) {
                return false;
            }
            Instant now = jdbc.queryForObject("select now()", Timestamp.class).toInstant();
            boolean claimed = jdbc.query("select owner, timestamp from tokenentry where processorname = ? for update",
                            (rs, row) -> rs.getString(1) != null && live(rs.getString(2), now, claimTimeout), processor)
                    .contains(true);
            if (claimed) {
                return false;
            }
            jdbc.update("update tokenentry set token = null, tokentype = null, owner = null where processorname = ?",
                    processor);
            jdbc.update("update app_rebuild_request set reset_at = now() where processor_name = ? and reset_at is null",
                    processor);
            return true;
        }));
    }

    /** Axon stores the claim's time as an ISO instant; one that cannot be read counts as live (wait, never steal). */
    static boolean live(String claimedAt, Instant now, Duration claimTimeout) {
        try {
            return claimedAt == null || Instant.parse(claimedAt).plus(claimTimeout).isAfter(now);
        } catch (DateTimeParseException unreadable) {
            return true;
        }
    }

    private static Instant instant(Timestamp at) {
        return at == null ? null : at.toInstant();
    }
}
