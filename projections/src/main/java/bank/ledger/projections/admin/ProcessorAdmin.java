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
import java.util.Set;
import java.util.OptionalLong;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.LongStream;
import org.axonframework.config.Configuration;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Lazy;
import org.springframework.context.annotation.Profile;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Operators' view of the streaming event processors on this node: position, lag, and rebuilds (reset
 * the tokens, replay from the first event). A rebuild is coordinated across the nodes through
 * {@link RebuildRequests} (every node stops the processor, one rewinds its tokens, every node starts it
 * again); its progress is read from there and from the token store, so any node answers for it.
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
    private final RebuildRequests requests;
    private final JdbcTemplate jdbc;
    private final Duration claimTimeout;
    /** Processors this node stopped for a rebuild whose tokens are not rewound yet. */
    private final Set<String> paused = ConcurrentHashMap.newKeySet();

    public ProcessorAdmin(@Lazy Configuration axon, @Lazy EventStore events, SegmentTokens tokens,
                          ProjectionFailures failures, DeadLetterStore deadLetters, RebuildRequests requests,
                          JdbcTemplate jdbc, @Value("${axon.eventhandling.tokenstore.claim-timeout:10s}") Duration claimTimeout) {
        this.axon = axon;
        this.events = events;
        this.tokens = tokens;
        this.failures = failures;
        this.deadLetters = deadLetters;
        this.requests = requests;
        this.jdbc = jdbc;
        this.claimTimeout = claimTimeout;
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
        Map<Integer, Long> live = new java.util.HashMap<>();
        segments.forEach((segment, status) -> live.put(segment, status.getCurrentPosition().orElse(-1)));
        long position = lowestPosition(live, stored);
        long head = position(events.createHeadToken());
        long behind = Math.max(0, head - position);
        ProcessorStatus.Rebuild rebuild = requests.of(name).map(r -> ProcessorStatus.Rebuild.of(r.requestedAt(),
                r.headAtStart(), r.pending() ? -1 : position, processor.isReplaying(), Clock.systemUTC().instant()))
                .orElse(null);
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
     * The lowest position of the processor's segments: those this node runs at their live position, every
     * other one at the position stored in its token: a segment nobody claims (its batch failed, it waits for a
     * retry) so that a stalled segment shows as behind instead of disappearing from the count, and a segment
     * another node runs (its owner stores its position with every batch), so that any node answers for the
     * whole processor. -1: nothing processed.
     */
    static long lowestPosition(Map<Integer, Long> livePositions, List<SegmentTokens.Segment> stored) {
        return LongStream.concat(livePositions.values().stream().mapToLong(Long::longValue),
                        stored.stream().filter(s -> !livePositions.containsKey(s.segment()))
                                .mapToLong(s -> s.index() == null ? -1 : s.index()))
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
     * serving until the replay rewrites them. On several nodes the request is recorded and every node
     * stops the processor in its next {@link #coordinate() round}; alone, this node rewinds at once.
     */
    public ProcessorStatus rebuild(String name) {
        processor(name);
        long head = position(events.createHeadToken());
        RebuildRequests.Request request = requests.request(name, head);
        log.info("rebuild of {} requested: replaying {} events once no node runs a segment of it", name,
                request.headAtStart());
        coordinate(name);
        return status(name);
    }

    /**
     * One round of the rebuilds across the nodes: stops this node's processors with a pending rebuild, rewinds
     * their tokens when no other node holds a segment any more, and starts again those whose rebuild is no
     * longer pending (rewound here or by another node).
     */
    public void coordinate() {
        List<String> pending = requests.pending();
        List<String> mine = names();
        pending.stream().filter(mine::contains).forEach(this::coordinate);
        Set.copyOf(paused).stream().filter(name -> !pending.contains(name)).forEach(this::resume);
    }

    private synchronized void coordinate(String name) {
        StreamingEventProcessor processor = processor(name);
        if (paused.add(name)) {
            processor.shutdownAsync().join(); // releases this node's claims
        }
        if (requests.tryReset(name, claimTimeout)) {
            log.info("rebuild of {} started: every token rewound by this node", name);
        }
        resume(name);
    }

    private synchronized void resume(String name) {
        if (paused.contains(name) && !requests.pending().contains(name)) {
            processor(name).start();
            paused.remove(name);
        }
    }

    /** Names of processors with a rebuild that has not caught up yet. */
    List<String> rebuilding() {
        return names().stream().filter(name -> requests.of(name).isPresent()).filter(name -> {
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
