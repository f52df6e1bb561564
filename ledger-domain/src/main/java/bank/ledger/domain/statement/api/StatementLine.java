package bank.ledger.domain.statement.api;

import java.time.LocalDate;
import java.util.List;

/**
 * One line of a bank statement as recorded: {@code signedMinor} is from the bank account holder's view
 * (credits positive), in the statement's currency. {@code lineNo} is 1-based within the statement.
 * The last four fields were added to revision 1 of {@link StatementLinesRecorded}: absent in older
 * events, which read them as an amount exact in the statement's currency, no warnings, nothing to review.
 *
 * @param exactAmount   the amount exactly as the file shows it, signed like {@code signedMinor}, when it is not
 *                      {@code signedMinor} itself (more decimals than the currency has, or another currency); else null
 * @param exactCurrency the currency of {@code exactAmount} when it is not the statement's; else null
 * @param warnings      what was odd about this line in the file
 * @param reviewReason  the warning code for which a person, not the reconciliation engine, must match this line
 *                      (its amount in the account's currency is rounded or unknown); null when the engine may
 */
public record StatementLine(
        int lineNo,
        long signedMinor,
        LocalDate bookingDate,
        LocalDate valueDate,
        String reference,
        String customerReference,
        String endToEndId,
        String counterparty,
        String counterpartyAccount,
        String description,
        boolean booked,
        String exactAmount,
        String exactCurrency,
        List<StatementWarning> warnings,
        String reviewReason) {

    public StatementLine {
        warnings = warnings == null ? List.of() : List.copyOf(warnings);
    }

    /** A line exact in the statement's currency, without oddities. */
    public StatementLine(int lineNo, long signedMinor, LocalDate bookingDate, LocalDate valueDate, String reference,
                         String customerReference, String endToEndId, String counterparty, String counterpartyAccount,
                         String description, boolean booked) {
        this(lineNo, signedMinor, bookingDate, valueDate, reference, customerReference, endToEndId, counterparty,
                counterpartyAccount, description, booked, null, null, List.of(), null);
    }
}
