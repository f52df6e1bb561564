package bank.ledger.projections.readmodel;

import bank.ledger.projections.admin.SegmentTokens;
import bank.ledger.projections.balance.AccountProjection;
import bank.ledger.projections.entry.JournalEntryProjection;
import bank.ledger.projections.fx.FxRateProjection;
import bank.ledger.projections.line.AccountLineProjection;
import java.time.Duration;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.locks.LockSupport;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Read-your-writes for work that computes from the read models and then writes (a revaluation reads the
 * account lines and books the difference): waits until every segment of the named read models has
 * processed the events recorded before the call, read from the token store, so it works on any node that
 * shares the database, whichever node runs the projections. Without it a run just after an entry reads
 * the lines without it and books the wrong difference under an id that a rerun cannot correct.
 * Events recorded after the call are not waited for: they are concurrent with the work.
 */
public final class ReadModelWatermark {
    /** The read models this contract publishes, by the processing group that writes each. */
    public enum ReadModel {
        ACCOUNTS(AccountProjection.PROCESSING_GROUP),
        ACCOUNT_LINES(AccountLineProjection.PROCESSING_GROUP),
        JOURNAL_ENTRIES(JournalEntryProjection.PROCESSING_GROUP),
        FX_RATES(FxRateProjection.PROCESSING_GROUP);

        private final String processingGroup;

        ReadModel(String processingGroup) {
            this.processingGroup = processingGroup;
        }

        public String processingGroup() {
            return processingGroup;
        }
    }

    /** Where one wait ended: the head it waited for and the slowest processor's position (-1: none yet). */
    public record Outcome(boolean caughtUp, long head, String slowest, long slowestPosition) {
    }

    private static final long POLL_FIRST_MS = 5;
    private static final long POLL_MAX_MS = 100;
    private final JdbcTemplate jdbc;

    public ReadModelWatermark(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public Outcome awaitCaughtUp(Collection<ReadModel> models, Duration waitMax) {
        return awaitProcessors(models.stream().map(ReadModel::processingGroup).toList(), waitMax);
    }

    /** As {@link #awaitCaughtUp}, by processor name; a processor with no token yet has processed nothing. */
    public Outcome awaitProcessors(List<String> processors, Duration waitMax) {
        Long recorded = jdbc.queryForObject("select max(globalindex) from domainevententry", Long.class);
        long head = recorded == null ? -1 : recorded;
        long deadline = System.nanoTime() + waitMax.toNanos();
        long pauseMs = POLL_FIRST_MS;
        while (true) {
            Outcome now = measure(processors, head);
            if (now.caughtUp() || System.nanoTime() - deadline >= 0) {
                return now;
            }
            LockSupport.parkNanos(Duration.ofMillis(pauseMs).toNanos());
            pauseMs = Math.min(POLL_MAX_MS, pauseMs * 2);
        }
    }

    private Outcome measure(List<String> processors, long head) {
        Map<String, Long> lowest = new HashMap<>();
        processors.forEach(p -> lowest.put(p, -1L));
        Map<String, Boolean> seen = new HashMap<>();
        jdbc.query("select processorname, token from tokenentry where processorname = any(?)", rs -> {
            String name = rs.getString(1);
            Long index = SegmentTokens.index(rs.getBytes(2));
            long position = index == null ? -1 : index;
            lowest.put(name, seen.containsKey(name) ? Math.min(lowest.get(name), position) : position);
            seen.put(name, true);
        }, (Object) processors.toArray(String[]::new));
        String slowest = null;
        long slowestPosition = Long.MAX_VALUE;
        for (String processor : processors) {
            long position = lowest.get(processor);
            if (position < slowestPosition) {
                slowest = processor;
                slowestPosition = position;
            }
        }
        return new Outcome(head < 0 || slowestPosition >= head, head, slowest, slowestPosition);
    }
}
