package bank.ledger.projections.admin;

import bank.ledger.projections.deadletter.DeadLetterView;
import bank.ledger.projections.deadletter.ProjectionFailures;
import java.time.Instant;
import java.util.List;

/**
 * One event processor as operators see it. {@code position} is the lowest global index its segments
 * have reached, {@code head} the newest event's; {@code eventsBehind} and {@code secondsBehind} are the
 * lag (seconds: age of the oldest event not yet processed). {@code rebuild} is null unless one ran.
 * <p>Whether it moves: {@code segments} (in the token store), {@code segmentsClaimed} by this node,
 * {@code unclaimedSegments} (claimed by no node: a segment whose batch failed is released and retried
 * after a back-off), {@code segmentErrors} (segments of this node in error). {@code error} is true when
 * any segment is in error or unclaimed. {@code lastStall} is the last failed batch on this node (null if
 * none since it started). {@code deadLetters} counts the dead-lettered events, {@code oldestDeadLetter}
 * is the first of them with its cause.
 */
public record ProcessorStatus(String name, boolean running, boolean replaying, boolean error, int segments,
                              long position, long head, long eventsBehind, long secondsBehind,
                              Rebuild rebuild, int segmentsClaimed, List<Integer> unclaimedSegments,
                              List<SegmentError> segmentErrors, ProjectionFailures.Failure lastStall,
                              long deadLetters, DeadLetterView oldestDeadLetter) {

    /** A segment in error on this node, with the error Axon holds for it. */
    public record SegmentError(int segment, String error) {
    }

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
