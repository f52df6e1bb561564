package bank.ledger.projections.support;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import java.util.concurrent.atomic.AtomicLong;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.messaging.Message;
import org.axonframework.messaging.unitofwork.BatchingUnitOfWork;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A projection's SQL writes, gathered over the streaming processor's batch and sent once, before the batch's
 * commit, as JDBC batches (consecutive statements of the same SQL in one {@code batchUpdate}, in event order):
 * one round trip per run of statements instead of three per event (savepoint, statement, release).
 * <p>Only events handled by a streaming processor's batch ({@link BatchingUnitOfWork}, events with a position)
 * are buffered. A dead-letter retry, a reset, or anything outside a unit of work writes at once.
 * <p>Dead letters stay per event: when the flush fails, the batch rolls back and the processor retries it;
 * every event up to the failed batch's last position is then written at once, inside its own savepoint
 * ({@code HandlerSavepoints}), so the one event that cannot be stored goes to the dead-letter queue and the
 * others commit. Writes are set-not-add and guarded by the aggregate sequence, so writing one event twice is
 * harmless.
 */
public final class BatchedWrites {
    /** The most statements sent in one JDBC batch (a batch of the processor is larger only if configured so). */
    static final int STATEMENTS_PER_JDBC_BATCH_MAX = 1_000;
    private static final Logger log = LoggerFactory.getLogger(BatchedWrites.class);
    private final JdbcTemplate jdbc;
    private final String group;
    private final String resource;
    /** Events up to this position are written at once: a flush that covered them failed. */
    private final AtomicLong directUpTo = new AtomicLong(-1);

    /** Implemented by a projection whose every write goes through its {@link BatchedWrites}. */
    public interface Projection {
        BatchedWrites writes();
    }

    public BatchedWrites(JdbcTemplate jdbc, String group) {
        this.jdbc = jdbc;
        this.group = group;
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

    /** {@code JdbcTemplate.update(sql, args)}, now or before the batch commits (see the class comment). */
    public void update(String sql, Object... args) {
        if (!buffering()) {
            jdbc.update(sql, args);
            return;
        }
        UnitOfWork<?> unit = CurrentUnitOfWork.get();
        UnitOfWork<?> root = unit.root();
        Buffer buffer = root.getOrComputeResource(resource, key -> {
            Buffer created = new Buffer();
            root.onPrepareCommit(u -> flush(created));
            return created;
        });
        buffer.add(sql, args, position(unit.getMessage()));
    }

    /** Positions this projection now writes at once, after a failed flush (-1: none). */
    long directUpTo() {
        return directUpTo.get();
    }

    private void flush(Buffer buffer) {
        try {
            int from = 0;
            List<Statement> statements = buffer.statements;
            while (from < statements.size()) {
                String sql = statements.get(from).sql();
                int to = from + 1;
                while (to < statements.size() && to - from < STATEMENTS_PER_JDBC_BATCH_MAX
                        && statements.get(to).sql().equals(sql)) {
                    to++;
                }
                List<Object[]> rows = new ArrayList<>(to - from);
                statements.subList(from, to).forEach(s -> rows.add(s.args()));
                if (rows.size() == 1) {
                    jdbc.update(sql, rows.get(0));
                } else {
                    jdbc.batchUpdate(sql, rows);
                }
                from = to;
            }
        } catch (RuntimeException failed) {
            directUpTo.accumulateAndGet(buffer.lastPosition, Math::max);
            log.warn("{}: a batch of {} writes failed ({}); its events up to position {} are written one by one when"
                    + " the processor retries", group, buffer.statements.size(), failed.toString(), buffer.lastPosition);
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

    private record Statement(String sql, Object[] args) {
    }

    private static final class Buffer {
        private final List<Statement> statements = new ArrayList<>();
        private long lastPosition = -1;

        void add(String sql, Object[] args, long position) {
            statements.add(new Statement(sql, args));
            lastPosition = Math.max(lastPosition, position);
        }
    }
}
