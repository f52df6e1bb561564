package bank.ledger.connectors.read;

import bank.ledger.domain.statement.api.StatementWarning;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonInclude.Include;
import java.util.List;

/**
 * The bank-statement-to-ledger proof ({@code GET /api/v1/reconciliation/statements/{key}/proof}, built by
 * {@link ProofView}). Without a closing balance it is not {@code available} and says why; the figures
 * and {@code reconciled} are only there when it is. Absent values are left out.
 */
@JsonInclude(Include.NON_NULL)
public record BankStatementProof(String statementKey, String ledgerAccountId, String currency, String date,
                                 boolean proven, String bankDifference, List<StatementWarning> warnings,
                                 boolean available, String reason, String bankClosingBalance, String ledgerBalance,
                                 String difference, String openBankLines, String openLedgerItems, String unexplained,
                                 Boolean reconciled) {
}
