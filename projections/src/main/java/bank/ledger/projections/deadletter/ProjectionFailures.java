package bank.ledger.projections.deadletter;

import bank.ledger.domain.text.StoredText;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.axonframework.eventhandling.EventMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Where projection failures become visible: the counter {@code ledger.projections.failures{group,stage}}
 * (Prometheus {@code ledger_projections_failures_total}), one log line per failure worth a look, and the
 * last failure that stopped a processor's batch, for {@code /api/v1/admin/projections}.
 * Stages: {@code handler} (an event dead-lettered), {@code retry} (a dead letter failed again),
 * {@code processor} (a batch failed outside the dead-letter queue: the segment retries and does not move).
 */
@Component
public class ProjectionFailures {
    private static final Logger log = LoggerFactory.getLogger(ProjectionFailures.class);
    static final int MESSAGE_LENGTH_MAX = 1024;
    private final MeterRegistry registry;
    private final Map<String, Failure> lastStall = new ConcurrentHashMap<>();

    /** The last failure that stopped a processor's batch. */
    public record Failure(Instant at, String type, String message) {
    }

    public ProjectionFailures(MeterRegistry registry) {
        this.registry = registry;
    }

    /** A handler failed on a new event: it goes to the dead-letter queue. Logged once per letter. */
    void deadLettered(String group, EventMessage<?> event, Throwable cause) {
        counter(group, "handler").increment();
        log.error("ALARM projection {} dead-lettered event {} ({}): {}", group, event.getIdentifier(),
                event.getPayloadType().getName(), message(cause));
    }

    /** A dead letter failed again on a retry: counted, logged quietly (retries repeat). */
    void retryFailed(String group, EventMessage<?> event, Throwable cause) {
        counter(group, "retry").increment();
        log.debug("dead letter of {} (event {}) failed again: {}", group, event.getIdentifier(), message(cause));
    }

    /** A batch failed outside the dead-letter queue; logged when its error differs from the last one. */
    void stalled(String group, Throwable cause) {
        counter(group, "processor").increment();
        Failure failure = new Failure(Clock.systemUTC().instant(), cause.getClass().getName(), message(cause));
        Failure before = lastStall.put(group, failure);
        if (before == null || !before.message().equals(failure.message())) {
            log.error("ALARM projection {} cannot process a batch and retries it; its segment does not move: {}",
                    group, failure.message(), cause);
        }
    }

    /** The last stall of the group, if it failed since this node started. */
    public Optional<Failure> lastStall(String group) {
        return Optional.ofNullable(lastStall.get(group));
    }

    /**
     * The message of the innermost cause (the database's own words rather than Spring's wrapper quoting the
     * SQL), cut and cleaned so that the dead-letter queue and the admin view can store and show it.
     */
    static String message(Throwable cause) {
        Throwable root = cause;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = String.valueOf(root.getMessage());
        return StoredText.of(message.length() > MESSAGE_LENGTH_MAX ? message.substring(0, MESSAGE_LENGTH_MAX) : message);
    }

    private Counter counter(String group, String stage) {
        return Counter.builder("ledger.projections.failures").tag("group", group).tag("stage", stage)
                .description("events a projection failed on").register(registry);
    }
}
