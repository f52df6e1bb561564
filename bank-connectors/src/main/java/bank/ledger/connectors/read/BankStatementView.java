package bank.ledger.connectors.read;

import bank.ledger.domain.statement.api.StatementWarning;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonInclude.Include;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Map;

/**
 * A bank statement as reconciliation sees it ({@code GET /api/v1/reconciliation/statements/{key}}): its
 * import progress and, once projected, what it says and how far its lines are reconciled. Absent values
 * are left out, never written as null (the statement part is absent until the projection has it).
 */
@JsonInclude(Include.NON_NULL)
public record BankStatementView(String statementKey, @JsonProperty("import") ImportProgress importProgress,
                                String bankAccount, String currency, String messageType, String statementId,
                                String ledgerAccountId, String closingDate, String closingBalance, String supersededBy,
                                Boolean proven, String bankDifference, List<StatementWarning> warnings,
                                Map<String, StatusTotal> lines) {

    /** How far the import of the statement's lines is; {@code failure} only when it failed. */
    @JsonInclude(Include.NON_NULL)
    public record ImportProgress(String status, Integer linesDone, Integer lineCount, String channel, String failure) {
    }

    /** The lines in one status: how many, and their amounts' sum (signed, the bank's view). */
    public record StatusTotal(long count, String amount) {
    }
}
