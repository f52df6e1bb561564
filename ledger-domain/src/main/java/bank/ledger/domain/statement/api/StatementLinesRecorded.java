package bank.ledger.domain.statement.api;

import java.util.List;
import org.axonframework.serialization.Revision;

/** One batch of lines was recorded; {@code linesDone} of {@code lineCount} lines are now recorded. */
@Revision("1")
public record StatementLinesRecorded(String statementKey, int batchNo, List<StatementLine> lines, int linesDone,
                                     int lineCount) {
}
