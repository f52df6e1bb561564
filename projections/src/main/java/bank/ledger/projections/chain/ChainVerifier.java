package bank.ledger.projections.chain;

import bank.ledger.domain.refusal.LedgerRefusal;
import bank.ledger.domain.refusal.RefusalCode;
import bank.ledger.projections.chain.ChainVerification.BrokenLink;
import bank.ledger.projections.chain.ChainVerification.Reason;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Recomputes a page of the chain from the events as stored now. Read-only; one repeatable-read snapshot
 * per page, so links and events are compared as of one instant. A broken chain is an alarm: an ERROR
 * log line starting with {@code ALARM} and the counter {@code ledger.chain.verification.failures}.
 */
@Component
public class ChainVerifier {
    public static final int LIMIT_MAX = 1000;
    public static final int LIMIT_DEFAULT = 500;
    private static final Logger log = LoggerFactory.getLogger(ChainVerifier.class);
    private final ChainStore store;
    private final Counter failures;
    private final TransactionTemplate snapshot;

    public ChainVerifier(ChainStore store, MeterRegistry meters, PlatformTransactionManager transactions) {
        this.store = store;
        this.snapshot = new TransactionTemplate(transactions);
        snapshot.setReadOnly(true);
        snapshot.setIsolationLevel(TransactionDefinition.ISOLATION_REPEATABLE_READ);
        this.failures = Counter.builder("ledger.chain.verification.failures")
                .description("chain verifications that found a broken link").register(meters);
    }

    public ChainVerification verify(long fromPosition, int limit) {
        if (fromPosition < 1) {
            throw LedgerRefusal.of(RefusalCode.INVALID_FIELD, "fromPosition", "fromPosition is 1 or more");
        }
        if (limit < 1 || limit > LIMIT_MAX) {
            throw LedgerRefusal.of(RefusalCode.INVALID_FIELD, "limit", "limit is 1 to " + LIMIT_MAX);
        }
        ChainVerification result = snapshot.execute(status -> {
            long head = store.head().map(ChainLink::position).orElse(0L);
            if (fromPosition > head) {
                return new ChainVerification(fromPosition, fromPosition - 1, 0, true, null, head, null, null);
            }
            return verifyPage(fromPosition, Math.min(head, fromPosition + limit - 1), head);
        });
        if (!result.ok()) {
            failures.increment();
            log.error("ALARM event chain broken at position {}: {} (event {})", result.firstBrokenLink().position(),
                    result.firstBrokenLink().reason(), result.firstBrokenLink().eventId());
        }
        return result;
    }

    private ChainVerification verifyPage(long from, long to, long head) {
        ChainLink before = from == 1 ? null : store.link(from - 1).orElse(null);
        if (from > 1 && before == null) {
            return broken(from, from - 1, 0, head, missing(from - 1));
        }
        byte[] previous = before == null ? ChainHash.GENESIS : before.linkHash();
        List<ChainStore.Row> rows = store.rows(from, to);
        BrokenLink brokenLink = null;
        long checked = 0;
        long expectedPosition = from;
        for (ChainStore.Row row : rows) {
            if (row.link().position() != expectedPosition) {
                brokenLink = missing(expectedPosition);
                break;
            }
            checked++;
            Optional<BrokenLink> broken = ChainCheck.check(previous, row.link(), row.event());
            if (broken.isPresent()) {
                brokenLink = broken.get();
                break;
            }
            previous = row.link().linkHash();
            expectedPosition++;
        }
        if (brokenLink == null && expectedPosition <= to) {
            brokenLink = missing(expectedPosition);
        }
        BrokenLink inserted = insertedBehind(from, to, head, before, rows);
        if (inserted != null && (brokenLink == null || inserted.position() <= brokenLink.position())) {
            brokenLink = inserted;
        }
        if (brokenLink != null) {
            return broken(from, Math.min(to, Math.max(from, brokenLink.position())), checked, head, brokenLink);
        }
        return new ChainVerification(from, to, checked, true, null, head, to < head ? to + 1 : null,
                ChainHash.hex(previous));
    }

    /**
     * A stored event the processor passed but no link names, with a global index within this page's
     * range (from the link before the page, or the store's start, to the page's last or the progress at
     * the head): reported at the first link after it, where it would have been chained.
     */
    private BrokenLink insertedBehind(long from, long to, long head, ChainLink before, List<ChainStore.Row> rows) {
        if (rows.isEmpty()) {
            return null;
        }
        ChainStore.Progress progress = store.progress();
        long lower = rows.stream().mapToLong(r -> r.link().globalIndex()).min().orElseThrow();
        lower = before == null ? Long.MIN_VALUE : Math.min(lower, before.globalIndex());
        long upper = rows.stream().mapToLong(r -> r.link().globalIndex()).max().orElseThrow();
        upper = to == head ? Math.max(upper, progress.coveredIndex()) : upper;
        Optional<StoredEvent> event = store.firstSeenButUnchained(lower, upper, progress);
        if (event.isEmpty()) {
            return null;
        }
        long gi = event.get().globalIndex();
        long position = rows.stream().filter(r -> r.link().globalIndex() > gi).mapToLong(r -> r.link().position())
                .min().orElse(to);
        return new BrokenLink(position, event.get().eventIdentifier(), null, null, Reason.EVENT_NOT_CHAINED);
    }

    private static BrokenLink missing(long position) {
        return new BrokenLink(position, null, null, null, Reason.LINK_MISSING);
    }

    private static ChainVerification broken(long from, long to, long checked, long head, BrokenLink link) {
        return new ChainVerification(from, to, checked, false, link, head, null, null);
    }
}
