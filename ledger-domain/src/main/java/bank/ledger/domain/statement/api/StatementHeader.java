package bank.ledger.domain.statement.api;

import java.time.LocalDate;

/**
 * What a statement says about itself, and the ledger account its bank account is mapped to.
 * Balances are signed minor units (credit positive) or null when the message has none (camt.054, MT942).
 *
 * @param messageType "camt.053", "camt.052", "camt.054", "MT940", "MT942" or "csv"
 * @param closingDate the closing balance's date, else the last booking date
 */
public record StatementHeader(
        String bankAccount,
        String currency,
        String messageType,
        String format,
        String statementId,
        Long sequence,
        Integer page,
        Long openingMinor,
        Long closingMinor,
        LocalDate closingDate,
        int lineCount,
        String ledgerAccountId,
        String channel) {
}
