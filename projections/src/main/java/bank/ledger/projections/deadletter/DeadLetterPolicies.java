package bank.ledger.projections.deadletter;

import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.ErrorHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.deadletter.jdbc.JdbcDeadLetter;
import org.axonframework.messaging.deadletter.Decisions;
import org.axonframework.messaging.deadletter.EnqueuePolicy;
import org.axonframework.messaging.deadletter.ThrowableCause;
import org.axonframework.springboot.EventProcessorProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * What happens when a projection fails. With a dead-letter queue: the event is dead-lettered (with a cause
 * PostgreSQL can store: the queue's {@code causemessage} is text, and a cause quoting the hostile text would
 * make the queue fail in turn), counted and logged once. Without one, or when the queue itself fails: the
 * batch fails as before (nothing is ever skipped silently), and {@link ProjectionFailures} makes the stall
 * visible (metric, log, admin view). A failure of the infrastructure ({@link TransientFailures}: Redis or
 * PostgreSQL unreachable or timing out) is never dead-lettered: the batch fails and is retried, so a Redis
 * blip under load does not leave letters for a person to retry.
 */
@Configuration(proxyBeanMethods = false)
public class DeadLetterPolicies {

    @Bean
    ConfigurerModule projectionFailuresAreVisible(EventProcessorProperties processors, ProjectionFailures failures) {
        return configurer -> {
            var processing = configurer.eventProcessing();
            processors.getProcessors().forEach((group, settings) -> {
                if (settings.getDlq() != null && settings.getDlq().isEnabled()) {
                    processing.registerDeadLetterPolicy(group, configuration -> policy(group, failures));
                }
            });
            processing.registerDefaultErrorHandler(configuration -> stallReporter(failures));
        };
    }

    static EnqueuePolicy<EventMessage<?>> policy(String group, ProjectionFailures failures) {
        return (letter, cause) -> {
            if (!(letter instanceof JdbcDeadLetter<?>) && TransientFailures.isTransient(cause)) {
                // not the event's fault: fail the batch, so the processor retries it (the stall is reported)
                throw new TransientProjectionFailure(group, cause);
            }
            if (letter instanceof JdbcDeadLetter<?>) {
                failures.retryFailed(group, letter.message(), cause);
            } else {
                failures.deadLettered(group, letter.message(), cause);
            }
            return Decisions.enqueue(new ThrowableCause(cause.getClass().getName(), ProjectionFailures.message(cause)));
        };
    }

    /** Thrown out of the enqueue policy: Axon then fails the batch instead of dead-lettering the event. */
    static final class TransientProjectionFailure extends RuntimeException {
        TransientProjectionFailure(String group, Throwable cause) {
            super("projection " + group + " failed for a passing reason; its batch is retried: " + cause, cause);
        }
    }

    static ErrorHandler stallReporter(ProjectionFailures failures) {
        return context -> {
            failures.stalled(context.eventProcessor(), context.error());
            if (context.error() instanceof Error error) {
                throw error;
            }
            throw context.error() instanceof Exception e ? e : new IllegalStateException(context.error());
        };
    }
}
