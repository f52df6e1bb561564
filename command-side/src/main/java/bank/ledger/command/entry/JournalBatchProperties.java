package bank.ledger.command.entry;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code POST /api/v1/journal-entries/batch} ({@code ledger.journal-batch.*}): the most entries one batch may
 * hold (more is refused unread, {@code tooManyEntries}; the body itself stays under {@code ledger.edge.max-body-size})
 * how many consecutive entries are committed as one unit of work and transaction ({@code groupSize}; 1: each entry
 * on its own; {@link EntryGroup}), and how many of a batch's groups run at once (on a pool of that many threads
 * shared by all batches; a full pool runs the work on the request's own thread).
 */
@ConfigurationProperties("ledger.journal-batch")
public record JournalBatchProperties(@DefaultValue("500") int entriesMax, @DefaultValue("4") int parallelism,
                                     @DefaultValue("20") int groupSize) {
    public JournalBatchProperties {
        if (entriesMax < 1 || entriesMax > 10_000 || parallelism < 1 || parallelism > 64 || groupSize < 1
                || groupSize > 500) {
            throw new IllegalArgumentException("ledger.journal-batch: entries-max 1..10000, parallelism 1..64 and"
                    + " group-size 1..500 (were " + entriesMax + ", " + parallelism + ", " + groupSize + ")");
        }
    }
}
