package bank.ledger.domain.statement.api;

import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Records one batch of a statement's lines. Batches are numbered from 0; a batch already recorded is
 * acknowledged and ignored, so a retried upload or a crashed import can simply send it again.
 */
public record RecordStatementLines(
        @TargetAggregateIdentifier String statementKey,
        int batchNo,
        List<StatementLine> lines) {
    /** Lines in one batch at most. */
    public static final int BATCH_LINES_MAX = 5_000;

    public RecordStatementLines {
        lines = List.copyOf(lines);
    }
}
