package bank.ledger.domain.statement.api;

import java.time.LocalDate;
import java.util.List;

/**
 * What a statement says about itself, and the ledger account its bank account is mapped to.
 * Balances are signed minor units (credit positive) or null when the message has none (camt.054, MT942).
 * {@code warnings} and {@code differenceMinor} were added to revision 1 of the events carrying the header:
 * absent in older events, which read them as no warnings and no difference (they were all proven: the
 * ledger refused statements that did not add up then).
 *
 * @param messageType     "camt.053", "camt.052", "camt.054", "MT940", "MT942" or "csv"
 * @param closingDate     the closing balance's date, else the last booking date
 * @param warnings        what was odd about the file and the statement (its lines carry their own)
 * @param differenceMinor when the balances do not add up (warning balanceMismatch): closing balance minus
 *                        opening balance plus booked lines, in minor units; else null. Such a statement is unproven.
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
        String channel,
        List<StatementWarning> warnings,
        Long differenceMinor) {

    public StatementHeader {
        warnings = warnings == null ? List.of() : List.copyOf(warnings);
    }

    /** A header without warnings: a statement that adds up. */
    public StatementHeader(String bankAccount, String currency, String messageType, String format, String statementId,
                           Long sequence, Integer page, Long openingMinor, Long closingMinor, LocalDate closingDate,
                           int lineCount, String ledgerAccountId, String channel) {
        this(bankAccount, currency, messageType, format, statementId, sequence, page, openingMinor, closingMinor,
                closingDate, lineCount, ledgerAccountId, channel, List.of(), null);
    }

    /** Whether the bank's own balances add up: false when the closing balance is not opening plus booked lines. */
    public boolean proven() {
        return differenceMinor == null;
    }
}
