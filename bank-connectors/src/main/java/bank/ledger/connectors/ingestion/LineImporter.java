package bank.ledger.connectors.ingestion;

import bank.ledger.command.dispatch.CommandDispatch;
import bank.ledger.connectors.formats.model.Statement;
import bank.ledger.domain.refusal.LedgerRefusal;
import bank.ledger.domain.refusal.RefusalCode;
import bank.ledger.domain.statement.api.RecordStatementLines;
import bank.ledger.domain.statement.api.StatementState;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.RejectedExecutionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Records a statement's lines in batches, one command and one transaction per batch, so a 100,000-line
 * file is a hundred short transactions rather than one long one (no transaction may outlive the
 * processors' gap timeout). Batches already recorded are acknowledged by the aggregate, so a retried
 * or resumed import sends them again harmlessly. Runs on a bounded pool; a full queue refuses uploads.
 */
public class LineImporter {
    private static final Logger log = LoggerFactory.getLogger(LineImporter.class);
    private final ExecutorService pool;
    private final CommandDispatch commands;
    private final StatementIntake intake;
    private final int batchLines;
    private final SentPayments payments;
    private final Set<String> running = ConcurrentHashMap.newKeySet();

    public LineImporter(ExecutorService pool, CommandDispatch commands, StatementIntake intake, int batchLines) {
        this(pool, commands, intake, batchLines, SentPayments.NONE);
    }

    /** {@code payments}: a debit line naming a sent payment with another amount is left to a person ({@link PaymentLineReview}). */
    public LineImporter(ExecutorService pool, CommandDispatch commands, StatementIntake intake, int batchLines,
                        SentPayments payments) {
        this.payments = payments;
        this.pool = pool;
        this.commands = commands;
        this.intake = intake;
        this.batchLines = batchLines;
    }

    public void submit(Statement statement, String key, String ledgerAccountId, StatementDelivery delivery) {
        if (!running.add(key)) {
            return; // the same statement is being imported right now
        }
        try {
            pool.execute(() -> importLines(statement, key, ledgerAccountId, delivery));
        } catch (RejectedExecutionException full) {
            running.remove(key);
            intake.failed(key, "import queue full; deliver the file again later");
            throw LedgerRefusal.of(RefusalCode.CONCURRENT_MODIFICATION, null,
                    "too many statements are being imported; deliver the file again later");
        }
    }

    void importLines(Statement statement, String key, String ledgerAccountId, StatementDelivery delivery) {
        int total = statement.entries().size();
        try {
            intake.progress(key, 0, total);
            for (int batch = 0, from = 0; from < total; batch++, from += batchLines) {
                int to = Math.min(total, from + batchLines);
                StatementState receipt = commands.send(new RecordStatementLines(key, batch, PaymentLineReview.review(
                        StatementLines.lines(statement, from, to), ledgerAccountId, statement.currency(), payments)),
                        delivery.origin());
                intake.progress(key, receipt.linesDone(), total);
            }
        } catch (RuntimeException failure) {
            log.warn("import of statement {} failed; delivering the file again resumes it", key, failure);
            intake.failed(key, failure.toString());
        } finally {
            running.remove(key);
        }
    }
}
