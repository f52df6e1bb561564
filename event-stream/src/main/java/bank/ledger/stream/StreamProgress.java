package bank.ledger.stream;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import org.axonframework.config.Configuration;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.WrappedToken;
import org.axonframework.serialization.SerializationException;
import org.axonframework.serialization.SimpleSerializedObject;
import org.springframework.context.annotation.Lazy;
import org.springframework.context.annotation.Profile;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Where the stream's processors are: their committed tokens, read from the token store without
 * claiming them, so any node can tell (also while a processor is failing and holds no segment).
 * The publisher's settled position is the replays' ceiling.
 */
@Component
@Profile("projections")
public class StreamProgress {
    private final JdbcTemplate jdbc;
    private final Configuration axon;
    private final EventProcessingConfiguration processing;

    private final OpenGaps openGaps;

    public StreamProgress(JdbcTemplate jdbc, @Lazy Configuration axon, @Lazy EventProcessingConfiguration processing,
                          StreamProperties properties) {
        this.jdbc = jdbc;
        this.axon = axon;
        this.processing = processing;
        this.openGaps = new OpenGaps(properties.gapTimeoutMs(), System::currentTimeMillis);
    }

    /** The processor's committed position (its single segment's), or empty before its first token. */
    public OptionalLong position(String processorName) {
        return token(processorName).map(TrackingToken::position).orElse(OptionalLong.empty());
    }

    /**
     * Every event at or below this position has been published, and no event below it can still appear:
     * the token's index where it has no gaps, else just below its lowest gap that may still fill ({@link OpenGaps}).
     */
    public OptionalLong publishedUpTo() {
        return token(StreamProcessors.AMQP_PUBLISHER).map(token -> {
            TrackingToken lower = WrappedToken.unwrapLowerBound(token);
            if (lower instanceof GapAwareTrackingToken gapAware) {
                return OptionalLong.of(openGaps.lowest(gapAware.getGaps()).map(gap -> gap - 1).orElse(gapAware.getIndex()));
            }
            return lower.position();
        }).orElse(OptionalLong.empty());
    }

    /** Whether this node is the one running the publisher now (it holds its segment). */
    public boolean publisherRunsHere() {
        return processing.eventProcessor(StreamProcessors.AMQP_PUBLISHER, StreamingEventProcessor.class)
                .map(processor -> !processor.processingStatus().isEmpty()).orElse(false);
    }

    /** The live token where this node runs the processor, else the committed one from the token store. */
    private Optional<TrackingToken> token(String processorName) {
        Optional<TrackingToken> local = processing.eventProcessor(processorName, StreamingEventProcessor.class)
                .flatMap(processor -> processor.processingStatus().values().stream()
                        .map(EventTrackerStatus::getTrackingToken).filter(Objects::nonNull).findFirst());
        return local.isPresent() ? local : stored(processorName);
    }

    /** Empty when the stored token cannot be read here (a reset processor's replay token, say). */
    private Optional<TrackingToken> stored(String processorName) {
        try {
            return storedToken(processorName);
        } catch (SerializationException unreadable) {
            return Optional.empty();
        }
    }

    private Optional<TrackingToken> storedToken(String processorName) {
        List<TrackingToken> tokens = jdbc.query("select token, tokentype from tokenentry where processorname = ? "
                + "and segment = 0 and token is not null", (rs, row) -> axon.serializer().deserialize(
                new SimpleSerializedObject<>(rs.getBytes(1), byte[].class, rs.getString(2), null)), processorName);
        return tokens.stream().findFirst();
    }
}
