package bank.ledger.projections.stream;

import java.util.OptionalLong;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.WrappedToken;
import org.springframework.context.annotation.Lazy;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * Where the stream's processors are, as seen by this node (a processor's segment is held by one node;
 * elsewhere its position is unknown here). The publisher's settled position is the replays' ceiling.
 */
@Component
@Profile("projections")
public class StreamProgress {
    private final EventProcessingConfiguration processing;

    public StreamProgress(@Lazy EventProcessingConfiguration processing) {
        this.processing = processing;
    }

    /** The processor's current position, when this node holds its segment. */
    public OptionalLong position(String processorName) {
        return token(processorName).map(TrackingToken::position).orElse(OptionalLong.empty());
    }

    /**
     * Every event at or below this position has been published, and no event below it can still appear:
     * the token's index where it has no gaps, else just below its first gap (an uncommitted transaction).
     */
    public OptionalLong publishedUpTo() {
        return token(StreamProcessors.AMQP_PUBLISHER).map(token -> {
            TrackingToken lower = WrappedToken.unwrapLowerBound(token);
            if (lower instanceof GapAwareTrackingToken gapAware) {
                return OptionalLong.of(gapAware.hasGaps() ? gapAware.getGaps().first() - 1 : gapAware.getIndex());
            }
            return lower.position();
        }).orElse(OptionalLong.empty());
    }

    private java.util.Optional<TrackingToken> token(String processorName) {
        return processing.eventProcessor(processorName, StreamingEventProcessor.class)
                .flatMap(processor -> processor.processingStatus().values().stream()
                        .map(EventTrackerStatus::getTrackingToken).filter(java.util.Objects::nonNull).findFirst());
    }
}
