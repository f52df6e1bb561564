package bank.ledger.query.replica;

import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The query side's read-model reads that may be served by the read replica ({@link #jdbc()}), and the ones that
 * may not ({@link #primary()}): reads mixed with Redis (the hot account copy, refilled from what is read) and
 * the audit's comparison with the event store must see the primary's present, not the replica's past.
 * Without a replica both are the primary. Not a {@code JdbcTemplate} bean itself, so Spring Boot's own
 * {@code DataSource} and {@code JdbcTemplate} stay the only ones (and the primary) for everyone else.
 */
public final class QueryReads implements AutoCloseable {
    private final JdbcTemplate reads;
    private final JdbcTemplate primary;
    private final ReadReplica replica;

    private QueryReads(JdbcTemplate reads, JdbcTemplate primary, ReadReplica replica) {
        this.reads = reads;
        this.primary = primary;
        this.replica = replica;
    }

    /** Without a replica: every read on the primary (and the query classes' unit tests). */
    public static QueryReads primaryOnly(JdbcTemplate primary) {
        return new QueryReads(primary, primary, null);
    }

    /** Reads in a GET or HEAD request go to {@code replica} while it is fresh enough, every other read to the primary. */
    static QueryReads routed(JdbcTemplate primary, ReadReplica replica) {
        JdbcTemplate routed = new JdbcTemplate(new ReplicaRoutingDataSource(primary.getDataSource(), replica));
        routed.setFetchSize(primary.getFetchSize());
        routed.setMaxRows(primary.getMaxRows());
        routed.setQueryTimeout(primary.getQueryTimeout());
        return new QueryReads(routed, primary, replica);
    }

    /** Reads a request may accept from the replica (within {@code ledger.read-replica.max-lag-ms}). */
    public JdbcTemplate jdbc() {
        return reads;
    }

    /** Reads that must see the primary's present. */
    public JdbcTemplate primary() {
        return primary;
    }

    /** The replica, when one is configured. */
    public Optional<ReadReplica> replica() {
        return Optional.ofNullable(replica);
    }

    /**
     * The staleness bound, in ms, of the current request's reads so far: 0 on the primary, outside a request or
     * before its first read. For checks that reason about "recorded a moment ago" (the trial balance's settle cut).
     */
    public static long stalenessMs() {
        ReadScope scope = ReadScope.current();
        return scope == null || scope.choice() == null || !scope.choice().replica() ? 0 : scope.choice().lagBoundMs();
    }

    @Override
    public void close() {
        if (replica != null) {
            replica.close();
        }
    }
}
