package bank.ledger.stream;

import java.util.Map;
import java.util.Optional;
import java.util.SortedSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * Which gaps of a tracking token may still fill. A gap is a sequence number taken by a transaction that
 * has not committed; one that rolled back (a concurrency conflict, a refused duplicate) never fills, and
 * Axon keeps it in the token until thousands of events later. No transaction stays open longer than the
 * gap timeout (statement and idle-in-transaction time-outs, docs/architecture.md), so a gap seen for
 * longer is empty for good. Every gap's clock starts when it is first seen, all at once: a token that
 * arrives with eighty old gaps settles in one time-out, not in eighty one after the other.
 */
final class OpenGaps {
    private final long timeoutMs;
    private final LongSupplier clockMs;
    /** When each gap was first seen here (bounded: only the token's current gaps are kept). */
    private final Map<Long, Long> firstSeenMs = new ConcurrentHashMap<>();

    OpenGaps(long timeoutMs, LongSupplier clockMs) {
        this.timeoutMs = timeoutMs;
        this.clockMs = clockMs;
    }

    /** The lowest gap that may still fill, or empty when every gap is older than the time-out. */
    synchronized Optional<Long> lowest(SortedSet<Long> gaps) {
        long nowMs = clockMs.getAsLong();
        firstSeenMs.keySet().retainAll(gaps);
        Optional<Long> lowest = Optional.empty();
        for (Long gap : gaps) {
            long seenMs = firstSeenMs.computeIfAbsent(gap, g -> nowMs);
            if (lowest.isEmpty() && nowMs - seenMs < timeoutMs) {
                lowest = Optional.of(gap);
            }
        }
        return lowest;
    }
}
