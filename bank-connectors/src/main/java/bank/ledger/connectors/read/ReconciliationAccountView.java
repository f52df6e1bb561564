package bank.ledger.connectors.read;

import java.util.Map;

/**
 * A ledger account's reconciliation ({@code GET /api/v1/reconciliation/accounts/{id}}): its bank
 * statements, its lines per status, and the age of its oldest open line (null when none is open).
 */
public record ReconciliationAccountView(String ledgerAccountId, String currency, long statements,
                                        Map<String, BankStatementView.StatusTotal> lines, Long oldestOpenItemAgeDays) {
}
