package bank.ledger.projections.chain;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import org.springframework.stereotype.Component;

/**
 * The chain's head and lag: what an auditor writes down (position and hash) to check later that the
 * chain up to there was not rewritten, and how many stored events are not chained yet.
 */
@Component
public class ChainHead {
    private final ChainStore store;

    public ChainHead(ChainStore store) {
        this.store = store;
    }

    /**
     * {@code headHash} null while the chain is empty; {@code eventsNotChained} counts stored events beyond
     * the processor's progress (or in its gaps); {@code lagSeconds} is the age of the oldest of them.
     */
    public record Status(long headPosition, String headHash, Long headGlobalIndex, long coveredIndex,
                         long eventsNotChained, long lagSeconds) {
    }

    public Status status() {
        ChainLink head = store.head().orElse(null);
        ChainStore.Progress progress = store.progress();
        ChainStore.Backlog backlog = store.backlog(progress);
        return new Status(head == null ? 0 : head.position(), head == null ? null : ChainHash.hex(head.linkHash()),
                head == null ? null : head.globalIndex(), progress.coveredIndex(), backlog.events(),
                ageSeconds(backlog.oldestTimestamp()));
    }

    private static long ageSeconds(String timestamp) {
        if (timestamp == null) {
            return 0;
        }
        try {
            return Math.max(0, Duration.between(Instant.parse(timestamp), Clock.systemUTC().instant()).toSeconds());
        } catch (DateTimeParseException notAnInstant) {
            return -1;
        }
    }
}
