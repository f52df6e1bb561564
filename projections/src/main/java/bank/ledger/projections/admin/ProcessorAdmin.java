package bank.ledger.projections.admin;

import bank.ledger.domain.refusal.LedgerRefusal;
import bank.ledger.domain.refusal.RefusalCode;
import bank.ledger.projections.deadletter.DeadLetterStore;
import bank.ledger.projections.deadletter.ProjectionFailures;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.LongStream;
import org.axonframework.config.Configuration;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Lazy;
import org.springframework.context.annotation.Profile;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Operators' view of the streaming event processors on this node: position, lag, and rebuilds (reset
 * the tokens, replay from the first event). Rebuild progress lives in memory on the node that started
 * it; the processors' positions are in the token store and survive restarts.
 */
@Component
@Profile("projections")
public class ProcessorAdmin {
    private static final Logger log = LoggerFactory.getLogger(ProcessorAdmin.class);
    private final Configuration axon;
    private final EventStore events;
    private final SegmentTokens tokens;
    private final ProjectionFailures failures;
    private final DeadLetterStore deadLetters;
    private final JdbcTemplate jdbc;
    private final Map<String, Started> rebuilds = new ConcurrentHashMap<>();

    record Started(Instant at, long headAtStart) {
    }

    public ProcessorAdmin(@Lazy Configuration axon, @Lazy EventStore events, SegmentTokens tokens,
                          ProjectionFailures failures, DeadLetterStore deadLetters, JdbcTemplate jdbc) {
        this.axon = axon;
        this.events = events;
        this.tokens = tokens;
        this.failures = failures;
        this.deadLetters = deadLetters;
        this.jdbc = jdbc;
    }

    public List<String> names() {
        return axon.eventProcessingConfiguration().eventProcessors().values().stream()
                .filter(StreamingEventProcessor.class::isInstance).map(p -> p.getName()).sorted().toList();
    }

    public ProcessorStatus status(String name) {
        StreamingEventProcessor processor = processor(name);
        Map<Integer, EventTrackerStatus> segments = processor.processingStatus();
        List<SegmentTokens.Segment> stored = tokens.of(name);
        List<Integer> unclaimed = stored.stream().filter(s -> s.owner() == null).map(SegmentTokens.Segment::segment)
                .toList();
        long position = lowestPosition(segments.values().stream()
                .mapToLong(s -> s.getCurrentPosition().orElse(-1)).boxed().toList(), stored);
        long head = position(events.createHeadToken());
        long behind = Math.max(0, head - position);
        Started started = rebuilds.get(name);
        ProcessorStatus.Rebuild rebuild = started == null ? null : ProcessorStatus.Rebuild.of(started.at(),
                started.headAtStart(), position, processor.isReplaying(), Clock.systemUTC().instant());
        List<ProcessorStatus.SegmentError> errors = segments.values().stream().filter(EventTrackerStatus::isErrorState)
                .map(s -> new ProcessorStatus.SegmentError(s.getSegment().getSegmentId(), String.valueOf(s.getError())))
                .toList();
        return new ProcessorStatus(name, processor.isRunning(), processor.isReplaying(),
                !errors.isEmpty() || !unclaimed.isEmpty(), Math.max(stored.size(), segments.size()), position, head,
                behind, behind == 0 ? 0 : secondsBehind(segments, unclaimed.isEmpty() ? null : position), rebuild,
                segments.size(), unclaimed, errors, failures.lastStall(name).orElse(null), deadLetters.count(name),
                deadLetters.oldest(name).orElse(null));
    }

    /**
     * The lowest position of the processor's segments: those this node runs at their live position, and a
     * segment nobody claims (its batch failed, it waits for a retry) at the position stored in its token, so
     * that a stalled segment shows as behind instead of disappearing from the count. -1: nothing processed.
     */
    static long lowestPosition(List<Long> claimedPositions, List<SegmentTokens.Segment> stored) {
        return LongStream.concat(claimedPositions.stream().mapToLong(Long::longValue),
                        stored.stream().filter(s -> s.owner() == null).mapToLong(s -> s.index() == null ? -1 : s.index()))
                .min().orElse(-1);
    }

    /** Refuses a name that is no streaming processor of this node ({@code invalidField} on {@code name}). */
    public void requireProcessor(String name) {
        processor(name);
    }

    /**
     * Rewinds the processor to the first event and lets it process everything again; answers at once,
     * progress is in {@link #status}. Not Axon's {@code resetTokens()}: the {@code ReplayToken} it stores
     * cannot be read back by the Jackson 3 serializer (its {@code context} is typed {@code Object}), which
     * would wedge the processor. The tokens are set to "before the first event" instead; the projections
     * are idempotent, so processing again is a replay, and no {@code @ResetHandler} runs: old rows keep
     * serving until the replay rewrites them.
     */
    public synchronized ProcessorStatus rebuild(String name) {
        StreamingEventProcessor processor = processor(name);
        long head = position(events.createHeadToken());
        processor.shutdownAsync().join();
        try {
            var processing = axon.eventProcessingConfiguration();
            TokenStore tokens = processing.tokenStore(name);
            processing.transactionManager(name).executeInTransaction(() -> {
                for (int segment : tokens.fetchSegments(name)) {
                    tokens.storeToken(null, name, segment);
                    tokens.releaseClaim(name, segment);
                }
            });
            rebuilds.put(name, new Started(Clock.systemUTC().instant(), head));
            log.info("rebuild of {} started: replaying {} events", name, head);
        } finally {
            processor.start();
        }
        return status(name);
    }

    /** Names of processors with a rebuild that has not caught up yet. */
    List<String> rebuilding() {
        return rebuilds.keySet().stream().filter(name -> {
            ProcessorStatus.Rebuild r = status(name).rebuild();
            return r != null && !r.caughtUp();
        }).sorted().toList();
    }

    private StreamingEventProcessor processor(String name) {
        return axon.eventProcessingConfiguration().eventProcessor(name, StreamingEventProcessor.class)
                .orElseThrow(() -> LedgerRefusal.of(RefusalCode.INVALID_FIELD, "name", "no event processor " + name));
    }

    /**
     * Age of the oldest event the slowest segment has not processed yet; {@code stalledAt}: the stored
     * position of an unclaimed segment, when one is the slowest.
     */
    private long secondsBehind(Map<Integer, EventTrackerStatus> segments, Long stalledAt) {
        long slowest = segments.values().stream().mapToLong(s -> s.getCurrentPosition().orElse(-1)).min().orElse(-1);
        if (stalledAt != null && (segments.isEmpty() || slowest > stalledAt)) {
            slowest = stalledAt;
        }
        // one indexed row, not an event stream: opening a stream behind the head read a whole batch of events
        // (ledger.event-store.read-batch-size) on every status call, which slowed the rebuild it watched
        List<String> oldest = jdbc.queryForList("select timestamp from domainevententry where globalindex > ? "
                + "order by globalindex limit 1", String.class, slowest);
        if (oldest.isEmpty()) {
            return 0;
        }
        return Math.max(0, Duration.between(Instant.parse(oldest.get(0)), Clock.systemUTC().instant()).toSeconds());
    }

    private static long position(TrackingToken token) {
        OptionalLong position = token == null ? OptionalLong.empty() : token.position();
        return position.orElse(-1);
    }
}
