package bank.ledger.command.entry;

import bank.ledger.command.approval.CommandHeld;
import bank.ledger.command.approval.LedgerCommandGateway;
import bank.ledger.command.dispatch.CommandOrigin;
import bank.ledger.domain.entry.api.JournalEntryState;
import bank.ledger.domain.refusal.LedgerRefusal;
import bank.ledger.domain.refusal.RefusalCode;
import bank.ledger.domain.refusal.RefusalReason;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.axonframework.eventsourcing.IncompatibleAggregateException;
import org.axonframework.modelling.command.AggregateNotFoundException;

/**
 * Posts many journal entries for one request, each with the result {@code POST /api/v1/journal-entries} would
 * give it (its own command, idempotency by its own id, four-eyes gate), {@code parallelism} groups at a time.
 * A group of up to {@code groupSize} consecutive entries is committed as one transaction ({@link EntryGroup});
 * a group with a refusal, a held entry or a conflict is rolled back and its entries posted one by one, each in
 * its own unit of work. Not all-or-nothing: every entry gets its own result. A business refusal is that entry's
 * result; a fault (the database or the broker did not answer, a time-out) fails the whole request, and the
 * client sends the same batch again: the entries already done answer {@code replayed}.
 */
public class JournalEntryBatch implements AutoCloseable {
    /** Refusals of the batch as a whole (400): the request names no entry or too many, or one id twice. */
    public static final RefusalReason TOO_FEW_ENTRIES = RefusalReason.of("tooFewEntries", RefusalCode.Kind.INVALID);
    public static final RefusalReason TOO_MANY_ENTRIES = RefusalReason.of("tooManyEntries", RefusalCode.Kind.INVALID);
    public static final RefusalReason DUPLICATE_ENTRY_ID = RefusalReason.of("duplicateEntryId", RefusalCode.Kind.INVALID);

    private final LedgerCommandGateway commands;
    private final JournalBatchProperties settings;
    private final EntryGroup groups;
    private final ThreadPoolExecutor pool;

    public JournalEntryBatch(LedgerCommandGateway commands, JournalBatchProperties settings) {
        this(commands, settings, null);
    }

    /** {@code groups} null: every entry in its own unit of work, whatever {@code groupSize} says. */
    JournalEntryBatch(LedgerCommandGateway commands, JournalBatchProperties settings, EntryGroup groups) {
        this.commands = commands;
        this.settings = settings;
        this.groups = settings.groupSize() > 1 ? groups : null;
        AtomicInteger threads = new AtomicInteger();
        // lanes, not entries, are queued: a bounded queue, and a full one runs the lane on the caller's thread
        this.pool = new ThreadPoolExecutor(settings.parallelism(), settings.parallelism(), 60, TimeUnit.SECONDS,
                new ArrayBlockingQueue<>(settings.parallelism() * 16), runnable -> {
                    Thread thread = new Thread(runnable, "journal-batch-" + threads.incrementAndGet());
                    thread.setDaemon(true);
                    return thread;
                }, (lane, executor) -> { // not CallerRunsPolicy: after shut-down it drops the lane, whose Future never ends
                    if (executor.isShutdown()) {
                        throw new RejectedExecutionException("the application is stopping");
                    }
                    lane.run();
                });
        pool.allowCoreThreadTimeOut(true);
    }

    /** One entry's outcome: {@code created}, {@code replayed}, {@code held} (with its approval) or {@code refused}. */
    public record Result(String id, String result, Integer status, String code, String field, String detail,
                         String approvalId) {
        static Result of(JournalEntryState state) {
            return new Result(state.entryId(), state.replayed() ? "replayed" : "created", state.replayed() ? 200 : 201,
                    null, null, null, null);
        }

        static Result refused(String id, int status, String code, String field, String detail) {
            return new Result(id, "refused", status, code, field, detail, null);
        }
    }

    /** Checks the batch as a whole, then posts every entry; the results in the order of the entries. */
    public List<Result> post(List<JournalEntryRequests.PostEntry> entries, CommandOrigin origin) {
        check(entries);
        int groupSize = groups == null ? 1 : settings.groupSize();
        int groupCount = (entries.size() + groupSize - 1) / groupSize;
        int lanes = Math.min(settings.parallelism(), groupCount);
        Result[] results = new Result[entries.size()];
        List<Future<?>> running = new ArrayList<>(lanes);
        for (int lane = 1; lane < lanes; lane++) {
            int first = lane;
            running.add(pool.submit(() -> runLane(entries, groupSize, first, lanes, origin, results)));
        }
        RuntimeException fault = null; // the first; the other lanes still finish before the request answers
        try {
            runLane(entries, groupSize, 0, lanes, origin, results); // the request's own thread takes a lane too
        } catch (RuntimeException failed) {
            fault = failed;
        }
        for (Future<?> future : running) {
            try {
                await(future);
            } catch (RuntimeException failed) {
                fault = fault == null ? failed : fault;
            }
        }
        if (fault != null) {
            throw fault;
        }
        return List.of(results);
    }

    private void check(List<JournalEntryRequests.PostEntry> entries) {
        if (entries == null || entries.isEmpty()) {
            throw LedgerRefusal.of(TOO_FEW_ENTRIES, "entries", "a batch holds at least one entry");
        }
        if (entries.size() > settings.entriesMax()) {
            throw LedgerRefusal.of(TOO_MANY_ENTRIES, "entries", "a batch holds at most " + settings.entriesMax()
                    + " entries (had " + entries.size() + ")");
        }
        Map<String, Integer> seen = new HashMap<>();
        for (int i = 0; i < entries.size(); i++) {
            JournalEntryRequests.PostEntry entry = entries.get(i);
            if (entry == null) {
                throw LedgerRefusal.of(RefusalCode.INVALID_FIELD, "entries[" + i + "]", "an entry may not be null");
            }
            Integer earlier = entry.id() == null ? null : seen.putIfAbsent(entry.id(), i);
            if (earlier != null) {
                throw LedgerRefusal.of(DUPLICATE_ENTRY_ID, "entries[" + i + "].id",
                        "the id of entries[" + earlier + "] again: one batch names each entry once");
            }
        }
    }

    /** Groups {@code first}, {@code first + step}, ... of {@code groupSize} consecutive entries each. */
    private void runLane(List<JournalEntryRequests.PostEntry> entries, int groupSize, int first, int step,
                         CommandOrigin origin, Result[] results) {
        for (int from = first * groupSize; from < entries.size(); from += step * groupSize) {
            int to = Math.min(entries.size(), from + groupSize);
            if (to - from > 1 && postGroup(entries.subList(from, to), from, origin, results)) {
                continue;
            }
            for (int i = from; i < to; i++) {
                results[i] = postOne(entries.get(i), i, origin);
            }
        }
    }

    private boolean postGroup(List<JournalEntryRequests.PostEntry> group, int from, CommandOrigin origin,
                              Result[] results) {
        Optional<List<JournalEntryState>> states = groups.post(group, origin);
        states.ifPresent(done -> {
            for (int i = 0; i < done.size(); i++) {
                results[from + i] = Result.of(done.get(i));
            }
        });
        return states.isPresent();
    }

    private Result postOne(JournalEntryRequests.PostEntry entry, int index, CommandOrigin origin) {
        try {
            return Result.of(commands.send(entry.toCommand(), origin));
        } catch (CommandHeld held) {
            return new Result(entry.id(), "held", 202, null, null, held.reason(), held.approvalId());
        } catch (LedgerRefusal refusal) {
            return Result.refused(entry.id(), statusOf(refusal.code().kind()), refusal.code().code(),
                    refusal.field() == null ? null : "entries[" + index + "]." + refusal.field(), refusal.detail());
        } catch (AggregateNotFoundException missing) {
            return Result.refused(entry.id(), 404, RefusalCode.ACCOUNT_NOT_FOUND.code(), null,
                    "no account " + missing.getAggregateIdentifier());
        } catch (IncompatibleAggregateException otherKind) {
            return Result.refused(entry.id(), 409, RefusalCode.ID_ALREADY_USED.code(), "entries[" + index + "].id",
                    "the id already names something else (an account or a journal entry)");
        }
    }

    /** The HTTP status the single-entry endpoint would answer for this kind of refusal. */
    static int statusOf(RefusalCode.Kind kind) {
        return switch (kind) {
            case INVALID -> 400;
            case NOT_FOUND -> 404;
            case CONFLICT -> 409;
            case BUSINESS -> 422;
        };
    }

    /** A lane's fault (not a refusal) fails the request as a single post's would. */
    private static void await(Future<?> future) {
        try {
            future.get();
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while posting a batch", interrupted);
        } catch (ExecutionException failed) {
            if (failed.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException(failed.getCause());
        }
    }

    @Override
    public void close() {
        pool.shutdownNow();
    }
}
