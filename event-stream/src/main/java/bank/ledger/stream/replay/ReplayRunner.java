package bank.ledger.stream.replay;

import bank.ledger.stream.EventCatalogue;
import bank.ledger.stream.EventEnvelope;
import bank.ledger.stream.Envelopes;
import bank.ledger.stream.StreamProgress;
import bank.ledger.stream.StreamProperties;
import bank.ledger.stream.amqp.ConfirmingSender;
import bank.ledger.stream.amqp.StreamTopology;
import java.time.Duration;
import java.util.List;
import java.util.OptionalLong;
import java.util.stream.Stream;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.amqp.rabbit.connection.ConnectionFactory;
import bank.ledger.projections.support.FixedDelayTask;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * Copies the event store into each running replay's queue, at most {@code batch} events per replay per
 * round, through the default exchange (routing key = queue). A missing queue is an error, not a silent
 * drop: a batch that sent anything moves the position only if the queue still exists once the broker
 * confirmed the batch (a passive declare; the broker drops what it cannot route, so a queue that was gone
 * gets the whole batch again). Not by mandatory publishing: its return correlation would put Spring
 * AMQP's own headers on the consumer's messages.
 * <p>
 * It never reads past what the publisher has settled ({@link StreamProgress#publishedUpTo}): below that position no gap can fill any more, so a replay skips nothing, and it runs only on the node
 * holding the publisher. The position is saved after each confirmed batch: at-least-once, like the live stream.
 */
@Component
@Profile("projections")
public class ReplayRunner extends FixedDelayTask {
    private static final Logger log = LoggerFactory.getLogger(ReplayRunner.class);
    private final ReplayStore store;
    private final StreamProgress progress;
    private final EventStorageEngine events;
    private final ConfirmingSender sender;
    private final StreamTopology topology;
    private final int batch;

    public ReplayRunner(ReplayStore store, StreamProgress progress, EventStorageEngine events, ConnectionFactory connections,
                        StreamTopology topology, StreamProperties properties) {
        super("stream-replays", properties.replays().pollMs());
        this.store = store;
        this.progress = progress;
        this.events = events;
        this.sender = new ConfirmingSender(connections, Duration.ofMillis(properties.confirmTimeoutMs()));
        this.topology = topology;
        this.batch = properties.replays().batch();
    }

    @Override
    protected void runOnce() {
        if (!progress.publisherRunsHere()) {
            return;
        }
        OptionalLong ceiling = progress.publishedUpTo();
        if (ceiling.isEmpty()) {
            return;
        }
        for (ReplayStore.Replay replay : store.running()) {
            if (replay.nextPosition() <= ceiling.getAsLong()) {
                copyBatch(replay, ceiling.getAsLong());
            }
        }
    }

    private void copyBatch(ReplayStore.Replay replay, long ceiling) {
        long next = replay.nextPosition();
        GapAwareTrackingToken from = GapAwareTrackingToken.newInstance(next - 1, List.of());
        try (Stream<? extends TrackedEventMessage<?>> stream = events.readEvents(from, false)) {
            boolean sent = false;
            java.util.Iterator<? extends TrackedEventMessage<?>> messages = stream.limit(batch).iterator();
            while (messages.hasNext()) {
                TrackedEventMessage<?> message = messages.next();
                long position = message.trackingToken().position().orElseThrow();
                if (position > ceiling) {
                    break;
                }
                // internal events (bank statements: up to 1,000 lines each) are skipped by type, unread
                EventEnvelope envelope = EventCatalogue.isInternalType(message.getPayloadType()) ? null
                        : Envelopes.of(message, message.trackingToken());
                if (envelope != null && replay.filter().matches(envelope)) {
                    sender.publish("", List.of(replay.queue()), envelope);
                    sent = true;
                }
                next = position + 1;
            }
            if (sent && !topology.queueExists(replay.queue())) {
                next = replay.nextPosition(); // what this batch sent may have been dropped: all of it again
                throw missingQueue(replay);
            }
            store.advance(replay.id(), next, null);
        } catch (RuntimeException e) {
            log.warn("replay {} into {} stopped at position {}; retrying", replay.id(), replay.queue(), next, e);
            store.advance(replay.id(), next, e.getMessage());
        }
    }

    private static ConfirmingSender.NotConfirmed missingQueue(ReplayStore.Replay replay) {
        return new ConfirmingSender.NotConfirmed("no queue " + replay.queue(), null);
    }
}
