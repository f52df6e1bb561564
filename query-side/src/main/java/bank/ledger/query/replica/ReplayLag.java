package bank.ledger.query.replica;

import java.util.ArrayDeque;
import java.util.Iterator;

/**
 * How stale a replica is, from WAL positions only (no clock of the database servers): each probe records
 * the primary's current WAL position with the time it was read; the replica has replayed everything the
 * primary had written at the newest such moment whose position it has reached, so its staleness is at most
 * the time since then. An idle primary writes nothing, so a replica that has replayed its last position has
 * a bound of one probe's round trip, however old its last replayed transaction is (which is why
 * {@code now() - pg_last_xact_replay_timestamp()} is not used: it grows without bound on an idle primary).
 * The resolution is the probe interval; a replica behind every sample kept is beyond the window, which spans
 * the lag limit, so "more than the limit" is then certain (and at start-up, before the window fills, the
 * replica is not trusted until it has caught up with a sample). Not thread-safe: one prober calls it.
 */
final class ReplayLag {
    private record Sample(long atMs, long primaryLsn) {
    }

    /** A staleness bound, or {@code withinWindow} false: older than every sample (at least {@code lagMs}). */
    record Bound(long lagMs, long lagBytes, boolean withinWindow) {
    }

    private final ArrayDeque<Sample> samples = new ArrayDeque<>();
    private final int samplesMax;

    ReplayLag(int samplesMax) {
        if (samplesMax < 1) {
            throw new IllegalArgumentException("samplesMax must be >= 1");
        }
        this.samplesMax = samplesMax;
    }

    /** Records the primary's position read at {@code primaryReadAtMs}; the replica's replay position was read after it. */
    Bound observe(long primaryReadAtMs, long primaryLsn, long replayLsn, long nowMs) {
        samples.addFirst(new Sample(primaryReadAtMs, primaryLsn));
        while (samples.size() > samplesMax) {
            samples.removeLast();
        }
        long lagBytes = Math.max(0, primaryLsn - replayLsn);
        Sample oldest = samples.getLast();
        for (Iterator<Sample> newestFirst = samples.iterator(); newestFirst.hasNext(); ) {
            Sample sample = newestFirst.next();
            if (sample.primaryLsn() <= replayLsn) {
                return new Bound(Math.max(0, nowMs - sample.atMs()), lagBytes, true);
            }
        }
        return new Bound(Math.max(0, nowMs - oldest.atMs()), lagBytes, false);
    }

    /** PostgreSQL's text form of a WAL position ({@code 16/B374D848}: high and low 32 bits in hex) as a number. */
    static long lsn(String text) {
        int slash = text == null ? -1 : text.indexOf('/');
        if (slash < 1 || slash == text.length() - 1) {
            throw new IllegalArgumentException("not a WAL position: " + text);
        }
        return (Long.parseUnsignedLong(text.substring(0, slash), 16) << 32)
                | Long.parseUnsignedLong(text.substring(slash + 1), 16);
    }
}
