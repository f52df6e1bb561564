package bank.ledger.projections.support;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.messaging.Message;
import org.axonframework.messaging.unitofwork.BatchingUnitOfWork;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A projection's writes, gathered over the streaming processor's batch and sent once, before the batch's commit
 * ({@link JdbcWrites}: JDBC batches; the hot accounts: one Redis pipeline), in event order: a round trip per batch
 * instead of one or more per event (and, for SQL, a savepoint and its release per event).
 * <p>Only events handled by a streaming processor's batch ({@link BatchingUnitOfWork}, events with a position)
 * are buffered. A dead-letter retry, a reset, or anything outside a unit of work writes at once.
 * <p>Dead letters stay per event: when the flush fails, the batch rolls back and the processor retries it;
 * every event up to the failed batch's last position is then written at once, inside its own savepoint
 * ({@code HandlerSavepoints}), so the one event that cannot be stored goes to the dead-letter queue and the
 * others commit. Writes are set-not-add and guarded by the aggregate sequence, so writing one event twice is
 * harmless.
 */
public final class BatchedWrites<W> {
    private static final Logger log = LoggerFactory.getLogger(BatchedWrites.class);
    private final String group;
    private final Consumer<W> now;
    private final Consumer<List<W>> flush;
    private final String resource;
    /** Events up to this position are written at once: a flush that covered them failed. */
    private final AtomicLong directUpTo = new AtomicLong(-1);

    /** Implemented by a projection whose every write goes through its {@link BatchedWrites}. */
    public interface Projection {
        BatchedWrites<?> writes();
    }

    /** {@code now}: one write at once; {@code flush}: a batch's writes in their order, all or nothing thrown. */
    public BatchedWrites(String group, Consumer<W> now, Consumer<List<W>> flush) {
        this.group = group;
        this.now = now;
        this.flush = flush;
        this.resource = BatchedWrites.class.getName() + "/" + group;
    }

    /** Whether the event being handled now has its writes buffered (so its handler cannot fail on SQL). */
    public boolean buffering() {
        if (!CurrentUnitOfWork.isStarted()) {
            return false;
        }
        UnitOfWork<?> unit = CurrentUnitOfWork.get();
        return unit.root() instanceof BatchingUnitOfWork<?> && position(unit.getMessage()) > directUpTo.get();
    }

    /** The write, now or before the batch commits (see the class comment). */
    public void write(W write) {
        if (!buffering()) {
            now.accept(write);
            return;
        }
        UnitOfWork<?> unit = CurrentUnitOfWork.get();
        UnitOfWork<?> root = unit.root();
        Buffer<W> buffer = root.getOrComputeResource(resource, key -> {
            Buffer<W> created = new Buffer<>();
            root.onPrepareCommit(u -> flush(created));
            return created;
        });
        buffer.add(write, position(unit.getMessage()));
    }

    /** Positions this projection now writes at once, after a failed flush (-1: none). */
    long directUpTo() {
        return directUpTo.get();
    }

    private void flush(Buffer<W> buffer) {
        try {
            flush.accept(buffer.writes);
        } catch (RuntimeException failed) {
            directUpTo.accumulateAndGet(buffer.lastPosition, Math::max);
            log.warn("{}: a batch of {} writes failed ({}); its events up to position {} are written one by one when"
                    + " the processor retries", group, buffer.writes.size(), failed.toString(), buffer.lastPosition);
            throw failed;
        }
    }

    private static long position(Message<?> message) {
        if (message instanceof TrackedEventMessage<?> tracked && tracked.trackingToken() != null) {
            OptionalLong position = tracked.trackingToken().position();
            return position.orElse(-1);
        }
        return -1;
    }

    private static final class Buffer<W> {
        private final List<W> writes = new ArrayList<>();
        private long lastPosition = -1;

        void add(W write, long position) {
            writes.add(write);
            lastPosition = Math.max(lastPosition, position);
        }
    }
}
