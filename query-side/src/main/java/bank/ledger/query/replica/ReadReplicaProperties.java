package bank.ledger.query.replica;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * A PostgreSQL streaming replica for the query side's read-model reads ({@code ledger.read-replica.*};
 * docs/operations.md, "Read replica"). Off when {@code url} is empty. {@code maxLagMs}: a read goes to the
 * replica only while its staleness bound is at most this; {@code probeIntervalMs}: how often the replay
 * position is compared with the primary's; {@code poolSizeMax}, {@code connectionTimeoutMs}: its pool of
 * read-only connections; {@code statementTimeoutMs}: the replica's own statement time-out.
 */
@ConfigurationProperties("ledger.read-replica")
public record ReadReplicaProperties(@DefaultValue("") String url,
                                    @DefaultValue("") String username,
                                    @DefaultValue("") String password,
                                    @DefaultValue("5000") long maxLagMs,
                                    @DefaultValue("1000") long probeIntervalMs,
                                    @DefaultValue("4") int poolSizeMax,
                                    @DefaultValue("2000") long connectionTimeoutMs,
                                    @DefaultValue("30000") long statementTimeoutMs) {
    /** Probe samples kept: the window they span must cover {@code maxLagMs}, and stay small. */
    static final int SAMPLES_MAX = 10_000;

    public ReadReplicaProperties {
        url = url == null ? "" : url.strip();
        if (!url.isEmpty() && !url.startsWith("jdbc:postgresql:")) {
            throw new IllegalArgumentException("ledger.read-replica.url must be a jdbc:postgresql: URL (was " + url + ")");
        }
        if (probeIntervalMs < 100 || probeIntervalMs > 60_000) {
            throw new IllegalArgumentException("ledger.read-replica.probe-interval-ms must be 100..60000 (was " + probeIntervalMs + ")");
        }
        if (maxLagMs < probeIntervalMs || maxLagMs / probeIntervalMs > SAMPLES_MAX - 2) {
            throw new IllegalArgumentException("ledger.read-replica.max-lag-ms must be at least probe-interval-ms and at most "
                    + (SAMPLES_MAX - 2) + " of them (were " + maxLagMs + ", " + probeIntervalMs + ")");
        }
        if (poolSizeMax < 1 || poolSizeMax > 100) {
            throw new IllegalArgumentException("ledger.read-replica.pool-size-max must be 1..100 (was " + poolSizeMax + ")");
        }
        if (connectionTimeoutMs < 250 || connectionTimeoutMs > 60_000) {
            throw new IllegalArgumentException("ledger.read-replica.connection-timeout-ms must be 250..60000 (was " + connectionTimeoutMs + ")");
        }
        if (statementTimeoutMs < 1 || statementTimeoutMs > 3_600_000) {
            throw new IllegalArgumentException("ledger.read-replica.statement-timeout-ms must be 1..3600000 (was " + statementTimeoutMs + ")");
        }
    }

    public boolean enabled() {
        return !url.isEmpty();
    }

    /** Samples that span the lag limit and two probes more. */
    int samplesMax() {
        return (int) (maxLagMs / probeIntervalMs) + 2;
    }
}
