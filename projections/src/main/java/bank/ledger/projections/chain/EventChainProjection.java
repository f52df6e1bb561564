package bank.ledger.projections.chain;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.WrappedToken;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * Processing group {@code event-chain}: appends one link per event to {@code ledger_event_chain}, in the
 * order its single segment sees the events (token order, gap-aware). Each batch is one query for the
 * events' raw rows, one batch insert and the progress row, in the batch's transaction (with the token):
 * a failed batch leaves no link behind and is processed again. Events already chained are skipped, so
 * a rebuild of this processor changes nothing. Handles every event without deserializing it.
 */
@Component
@Profile("projections")
@ProcessingGroup(EventChainProjection.PROCESSING_GROUP)
public class EventChainProjection {
    public static final String PROCESSING_GROUP = "event-chain";
    private static final Logger log = LoggerFactory.getLogger(EventChainProjection.class);
    private static final String BATCH = EventChainProjection.class.getName() + ".batch";
    private final ChainStore store;

    public EventChainProjection(ChainStore store) {
        this.store = store;
    }

    /** The events of one processor batch, in the order the segment delivered them, and its last token. */
    static final class Batch {
        final List<String> eventIds = new ArrayList<>();
        ChainStore.Progress progress = ChainStore.Progress.NONE;
    }

    @EventHandler
    void on(EventMessage<?> event, TrackingToken token) {
        UnitOfWork<?> batchUnit = CurrentUnitOfWork.get().root();
        Batch batch = batchUnit.getOrComputeResource(BATCH, key -> {
            Batch fresh = new Batch();
            batchUnit.onPrepareCommit(unit -> append(fresh));
            return fresh;
        });
        batch.eventIds.add(event.getIdentifier());
        batch.progress = progress(token, batch.progress);
    }

    void append(Batch batch) {
        Map<String, StoredEvent> rows = store.unchainedEvents(batch.eventIds);
        ChainLink head = store.head().orElse(null);
        long position = head == null ? 0 : head.position();
        byte[] previous = head == null ? ChainHash.GENESIS : head.linkHash();
        List<ChainLink> links = new ArrayList<>(rows.size());
        for (String eventId : batch.eventIds) {
            StoredEvent event = rows.remove(eventId); // remove: an event seen twice in a batch is chained once
            if (event == null) {
                continue; // chained before (a replay of this processor), or its row is gone: nothing to hash
            }
            ChainLink link = ChainLink.of(previous, ++position, event);
            links.add(link);
            previous = link.linkHash();
        }
        if (!links.isEmpty()) {
            store.append(links);
            log.debug("chained {} events up to position {}", links.size(), position);
        }
        store.advance(batch.progress);
    }

    /** The token as "seen up to index, except the gaps"; a token of another kind has no gaps. */
    static ChainStore.Progress progress(TrackingToken token, ChainStore.Progress before) {
        TrackingToken current = token == null ? null : WrappedToken.unwrapLowerBound(token);
        if (current instanceof GapAwareTrackingToken gapAware) {
            return new ChainStore.Progress(gapAware.getIndex(),
                    gapAware.getGaps().stream().mapToLong(Long::longValue).toArray());
        }
        if (current != null && current.position().isPresent()) {
            return new ChainStore.Progress(current.position().getAsLong(), new long[0]);
        }
        return before;
    }
}
