package bank.ledger.projections.deadletter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.sql.SQLException;
import java.util.List;
import org.axonframework.eventhandling.ErrorContext;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.messaging.deadletter.Cause;
import org.axonframework.messaging.deadletter.GenericDeadLetter;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class DeadLetterPoliciesTest {
    final SimpleMeterRegistry registry = new SimpleMeterRegistry();
    final ProjectionFailures failures = new ProjectionFailures(registry);

    double failures(String group, String stage) {
        var counter = registry.find("ledger.projections.failures").tag("group", group).tag("stage", stage).counter();
        return counter == null ? 0 : counter.count();
    }

    @Nested
    class AFailingHandler {
        @Test
        void dead_letters_the_event_with_the_innermost_cause_cut_and_storable_and_counts_it() {
            EventMessage<?> event = GenericEventMessage.asEventMessage("payload");
            var cause = new IllegalStateException("wrapper quoting SQL",
                    new SQLException("value \u0000 " + "x".repeat(2000)));

            var decision = DeadLetterPolicies.policy("journal-entries", failures)
                    .decide(new GenericDeadLetter<>("seq", event, cause), cause);

            assertThat(decision.shouldEnqueue()).isTrue();
            Cause stored = (Cause) decision.enqueueCause().orElseThrow();
            assertThat(stored.type()).isEqualTo(IllegalStateException.class.getName());
            assertThat(stored.message()).startsWith("value \uFFFD x").hasSize(ProjectionFailures.MESSAGE_LENGTH_MAX);
            assertThat(failures("journal-entries", "handler")).isEqualTo(1);
        }
    }

    @Nested
    class AFailureOfTheInfrastructure {
        private final EventMessage<?> event = GenericEventMessage.asEventMessage("payload");

        private void assertRetriedNotDeadLettered(Throwable cause) {
            assertThatThrownBy(() -> DeadLetterPolicies.policy("hot-accounts", failures)
                    .decide(new GenericDeadLetter<>("seq", event, cause), cause))
                    .isInstanceOf(DeadLetterPolicies.TransientProjectionFailure.class).hasCause(cause);
            assertThat(failures("hot-accounts", "handler")).isZero();
        }

        @Test
        void a_redis_connection_lost_or_timed_out_fails_the_batch_to_be_retried() {
            assertRetriedNotDeadLettered(new org.springframework.data.redis.RedisConnectionFailureException(
                    "Unable to connect", new io.lettuce.core.RedisConnectionException("timed out")));
            assertRetriedNotDeadLettered(new org.springframework.data.redis.RedisSystemException(
                    "Redis exception", new io.lettuce.core.RedisCommandTimeoutException("Command timed out")));
        }

        @Test
        void a_lost_database_connection_a_deadlock_or_a_restarting_server_fails_the_batch_to_be_retried() {
            assertRetriedNotDeadLettered(new org.springframework.jdbc.CannotGetJdbcConnectionException("pool"));
            assertRetriedNotDeadLettered(new IllegalStateException(new SQLException("terminated", "08006")));
            assertRetriedNotDeadLettered(new RuntimeException(new SQLException("deadlock detected", "40P01")));
            assertRetriedNotDeadLettered(new RuntimeException(new SQLException("shutting down", "57P01")));
            assertRetriedNotDeadLettered(new org.springframework.dao.QueryTimeoutException("timeout"));
        }

        @Test
        void the_events_own_fault_is_still_dead_lettered() {
            var tooLong = new org.springframework.dao.DataIntegrityViolationException("too long",
                    new SQLException("value too long for type character varying(500)", "22001"));
            var decision = DeadLetterPolicies.policy("journal-entries", failures)
                    .decide(new GenericDeadLetter<>("seq", event, tooLong), tooLong);
            assertThat(decision.shouldEnqueue()).isTrue();
        }
    }

    @Nested
    class ABatchFailingOutsideTheQueue {
        @Test
        void is_rethrown_never_skipped_and_shows_as_the_groups_last_stall() {
            var error = new IllegalStateException("dead-letter table unreachable");

            assertThatThrownBy(() -> DeadLetterPolicies.stallReporter(failures)
                    .handleError(new ErrorContext("account-lines", error, List.of()))).isSameAs(error);

            assertThat(failures.lastStall("account-lines")).get()
                    .extracting(ProjectionFailures.Failure::message).isEqualTo("dead-letter table unreachable");
            assertThat(failures.lastStall("journal-entries")).isEmpty();
            assertThat(failures("account-lines", "processor")).isEqualTo(1);
        }

        @Test
        void an_error_is_rethrown_as_it_is() {
            var error = new OutOfMemoryError("heap");

            assertThatThrownBy(() -> DeadLetterPolicies.stallReporter(failures)
                    .handleError(new ErrorContext("hot-accounts", error, List.of()))).isSameAs(error);
        }
    }
}
