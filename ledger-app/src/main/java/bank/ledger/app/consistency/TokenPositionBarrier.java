package bank.ledger.app.consistency;

import bank.ledger.command.consistency.ReadModelBarrier;
import bank.ledger.command.consistency.ReadModelCatchingUp;
import bank.ledger.projections.readmodel.ReadModelWatermark;
import bank.ledger.projections.readmodel.ReadModelWatermark.ReadModel;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The write side's {@link ReadModelBarrier}, from the projections' positions in the token store (shared by
 * every node, so it holds whichever node runs the projections; on a node set with none it waits in vain and
 * answers 503, which is the truth).
 */
@Component
@EnableConfigurationProperties(ReadModelBarrierProperties.class)
class TokenPositionBarrier implements ReadModelBarrier {
    private static final Logger log = LoggerFactory.getLogger(TokenPositionBarrier.class);
    private final ReadModelWatermark watermark;
    private final ReadModelBarrierProperties settings;
    private final List<String> processors;

    @Autowired
    TokenPositionBarrier(JdbcTemplate jdbc, ReadModelBarrierProperties settings) {
        this(jdbc, settings, EnumSet.allOf(ReadModel.class).stream().map(ReadModel::processingGroup).toList());
    }

    /** Over the named processors: the write side's read models above, other ones in tests. */
    TokenPositionBarrier(JdbcTemplate jdbc, ReadModelBarrierProperties settings, List<String> processors) {
        this.watermark = new ReadModelWatermark(jdbc);
        this.settings = settings;
        this.processors = List.copyOf(processors);
    }

    @Override
    public void awaitRecordedEvents(String purpose) {
        ReadModelWatermark.Outcome outcome = watermark.awaitProcessors(processors, Duration.ofMillis(settings.waitMs()));
        if (!outcome.caughtUp()) {
            log.warn("{}: read model {} at event {} of {} after {} ms; gave up (readModelCatchingUp)", purpose,
                    outcome.slowest(), outcome.slowestPosition(), outcome.head(), settings.waitMs());
            throw new ReadModelCatchingUp(purpose + " reads the read models, and " + outcome.slowest() + " is "
                    + (outcome.head() - outcome.slowestPosition()) + " events behind; nothing was written, ask again"
                    + " in a moment", settings.retryAfterSeconds());
        }
    }
}
