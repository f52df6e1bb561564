package bank.ledger.connectors.ingestion;

import bank.ledger.domain.statement.api.RecordStatementLines;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How statements are imported: {@code batchLines} lines per recorded batch (capped at the aggregate's
 * {@link RecordStatementLines#BATCH_LINES_MAX}), {@code importThreads} imports at once, {@code importQueue} more
 * waiting (a full queue refuses the delivery). The statement aggregate's own settings (snapshots, cache)
 * are the write side's, under the same prefix.
 */
@ConfigurationProperties("ledger.statements")
public record StatementImportProperties(@DefaultValue("1000") int batchLines, @DefaultValue("2") int importThreads,
                                        @DefaultValue("100") int importQueue) {
    public StatementImportProperties {
        if (batchLines < 1 || importThreads < 1 || importQueue < 1) {
            throw new IllegalArgumentException("ledger.statements: batch-lines, import-threads and import-queue >= 1"
                    + " (were " + batchLines + ", " + importThreads + ", " + importQueue + ")");
        }
    }

    /** The batch size actually used: larger batches than the aggregate accepts are cut to its maximum. */
    public int batchLinesUsed() {
        return Math.min(batchLines, RecordStatementLines.BATCH_LINES_MAX);
    }
}
