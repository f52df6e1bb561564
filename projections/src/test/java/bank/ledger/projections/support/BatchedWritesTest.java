package bank.ledger.projections.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.LongStream;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventhandling.GenericTrackedEventMessage;
import org.axonframework.eventhandling.GlobalSequenceTrackingToken;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.messaging.ResultMessage;
import org.axonframework.messaging.unitofwork.BatchingUnitOfWork;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.axonframework.messaging.unitofwork.RollbackConfigurationType;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** A projection's writes wait for its batch and go in one flush, in order; a failed flush is retried one by one. */
class BatchedWritesTest {
    final List<String> writtenAtOnce = new ArrayList<>();
    final List<List<String>> flushes = new ArrayList<>();
    boolean flushFails;
    final BatchedWrites<String> writes = new BatchedWrites<>("test", writtenAtOnce::add, batch -> {
        if (flushFails) {
            throw new IllegalStateException("value too long");
        }
        flushes.add(List.copyOf(batch));
    });

    static List<TrackedEventMessage<?>> events(long first, long last) {
        return LongStream.rangeClosed(first, last).<TrackedEventMessage<?>>mapToObj(position ->
                new GenericTrackedEventMessage<>(new GlobalSequenceTrackingToken(position),
                        GenericEventMessage.asEventMessage("event " + position))).toList();
    }

    /**
     * Handles a batch as a pooled processor does: every event in one batching unit of work, then the commit; a
     * failed commit is thrown, as the processor's work package does (it then releases the segment and retries).
     */
    void handle(List<TrackedEventMessage<?>> batch) {
        ResultMessage<Object> result = new BatchingUnitOfWork<>(batch).executeWithResult(() -> {
            writes.write(String.valueOf(CurrentUnitOfWork.get().getMessage().getPayload()));
            return null;
        }, RollbackConfigurationType.ANY_THROWABLE);
        if (result.isExceptional()) {
            throw (RuntimeException) result.exceptionResult();
        }
    }

    @Nested
    class A_streaming_batch {
        @Test
        void writes_nothing_while_its_events_are_handled_and_everything_in_event_order_at_the_commit() {
            handle(events(1, 3));

            assertThat(writtenAtOnce).isEmpty();
            assertThat(flushes).containsExactly(List.of("event 1", "event 2", "event 3"));
        }

        @Test
        void whose_flush_failed_is_written_one_event_at_a_time_when_retried_and_the_next_batch_is_batched_again() {
            flushFails = true;
            assertThatThrownBy(() -> handle(events(1, 3))).hasMessageContaining("value too long");
            flushFails = false;

            handle(events(1, 3));
            handle(events(4, 5));

            assertThat(writtenAtOnce).as("the retry: each event alone, so one bad event can be dead-lettered")
                    .containsExactly("event 1", "event 2", "event 3");
            assertThat(flushes).containsExactly(List.of("event 4", "event 5"));
        }

        @Test
        void retried_with_more_events_than_failed_batches_only_those_beyond_it() {
            flushFails = true;
            assertThatThrownBy(() -> handle(events(1, 2))).isInstanceOf(IllegalStateException.class);
            flushFails = false;

            handle(events(1, 4));

            assertThat(writtenAtOnce).containsExactly("event 1", "event 2");
            assertThat(flushes).containsExactly(List.of("event 3", "event 4"));
        }
    }

    @Nested
    class Outside_a_streaming_batch {
        @Test
        void a_dead_letter_retry_or_a_reset_writes_at_once() {
            DefaultUnitOfWork.startAndGet(GenericEventMessage.asEventMessage("retried")).execute(() -> {
                assertThat(writes.buffering()).isFalse();
                writes.write("retried");
            });
            writes.write("no unit of work");

            assertThat(writtenAtOnce).containsExactly("retried", "no unit of work");
            assertThat(flushes).isEmpty();
        }
    }
}
