package bank.ledger.projections.deadletter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.atLeastOnce;
import static org.mockito.Mockito.mockingDetails;
import static org.mockito.Mockito.spy;
import static org.mockito.Mockito.verify;

import java.util.ArrayList;
import java.util.List;
import org.axonframework.common.transaction.NoTransactionManager;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.Segment;
import org.axonframework.eventhandling.deadletter.DeadLetteringEventHandlerInvoker;
import org.axonframework.messaging.deadletter.InMemorySequencedDeadLetterQueue;
import org.axonframework.messaging.deadletter.SequencedDeadLetterQueue;
import org.junit.jupiter.api.Test;

/**
 * Why every projection with a dead-letter queue sets {@code dlq.cache.enabled} (application.properties): without
 * the cache Axon asks the queue for every event whether its sequence is dead-lettered, which on the JDBC
 * queue is a {@code select count(*) from deadletterentry} per event. With it, a segment whose queue was
 * empty when the segment was claimed asks once, and a sequence dead-lettered later is still remembered.
 */
class SequenceIdentifierCacheTest {
    private static final int EVENTS = 100;

    static final class Projection {
        final List<String> handled = new ArrayList<>();

        @EventHandler
        void on(String payload) {
            if (payload.startsWith("poison")) {
                throw new IllegalStateException("cannot project " + payload);
            }
            handled.add(payload);
        }
    }

    private static DeadLetteringEventHandlerInvoker invoker(Projection projection,
                                                            SequencedDeadLetterQueue<EventMessage<?>> queue,
                                                            boolean cache) {
        DeadLetteringEventHandlerInvoker.Builder builder = DeadLetteringEventHandlerInvoker.builder()
                .eventHandlers(projection).queue(queue).transactionManager(NoTransactionManager.instance());
        return (cache ? builder.enableSequenceIdentifierCache() : builder).build();
    }

    private static EventMessage<?> event(String aggregateId, long sequence, String payload) {
        return new GenericDomainEventMessage<>("Account", aggregateId, sequence, payload);
    }

    private static long queries(SequencedDeadLetterQueue<EventMessage<?>> queue) {
        return mockingDetails(queue).getInvocations().stream().map(invocation -> invocation.getMethod().getName())
                .filter(name -> name.equals("enqueueIfPresent") || name.equals("contains")
                        || name.equals("amountOfSequences")).count();
    }

    private long queriesFor(boolean cache) throws Exception {
        SequencedDeadLetterQueue<EventMessage<?>> queue = spy(InMemorySequencedDeadLetterQueue.defaultQueue());
        DeadLetteringEventHandlerInvoker invoker = invoker(new Projection(), queue, cache);
        for (int i = 0; i < EVENTS; i++) {
            invoker.handle(event("acc-" + (i % 10), i / 10, "event-" + i), Segment.ROOT_SEGMENT);
        }
        return queries(queue);
    }

    @Test
    void with_the_cache_a_clean_segment_asks_the_queue_once_instead_of_once_per_event() throws Exception {
        long without = queriesFor(false);
        long with = queriesFor(true);

        assertThat(without).isGreaterThanOrEqualTo(EVENTS);
        assertThat(with).isEqualTo(1);
    }

    @Test
    void a_sequence_dead_lettered_after_the_claim_still_holds_its_later_events_back() throws Exception {
        SequencedDeadLetterQueue<EventMessage<?>> queue = spy(InMemorySequencedDeadLetterQueue.defaultQueue());
        Projection projection = new Projection();
        DeadLetteringEventHandlerInvoker invoker = invoker(projection, queue, true);

        invoker.handle(event("acc-1", 0, "poison-0"), Segment.ROOT_SEGMENT);
        invoker.handle(event("acc-1", 1, "after-the-poison"), Segment.ROOT_SEGMENT);
        invoker.handle(event("acc-2", 0, "other-account"), Segment.ROOT_SEGMENT);

        assertThat(projection.handled).containsExactly("other-account");
        assertThat(queue.sequenceSize("acc-1")).isEqualTo(2);
        verify(queue, atLeastOnce()).enqueue(any(), any());
    }
}
