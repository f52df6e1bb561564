package bank.ledger.projections.admin;

import java.time.Instant;

/**
 * One event processor as operators see it. {@code position} is the lowest global index its segments
 * have reached, {@code head} the newest event's; {@code eventsBehind} and {@code secondsBehind} are the
 * lag (seconds: age of the oldest event not yet processed). {@code rebuild} is null unless one ran.
 */
public record ProcessorStatus(String name, boolean running, boolean replaying, boolean error, int segments,
                              long position, long head, long eventsBehind, long secondsBehind,
                              Rebuild rebuild) {

    /**
     * Progress of the last rebuild: {@code eventsDone} of {@code eventsTotal} (the head when it started),
     * the rate so far and an estimate of the time left (null until the rate is known).
     */
    public record Rebuild(Instant startedAt, long eventsDone, long eventsTotal, long eventsPerSecond,
                          Long secondsLeft, boolean caughtUp) {

        static Rebuild of(Instant startedAt, long headAtStart, long position, boolean replaying, Instant now) {
            long done = Math.min(Math.max(position, 0), headAtStart);
            double seconds = Math.max(0.001, (now.toEpochMilli() - startedAt.toEpochMilli()) / 1000.0);
            long rate = Math.round(done / seconds);
            boolean caughtUp = !replaying && done >= headAtStart;
            Long left = caughtUp ? Long.valueOf(0) : rate == 0 ? null : (headAtStart - done + rate - 1) / rate;
            return new Rebuild(startedAt, done, headAtStart, rate, left, caughtUp);
        }
    }
}
