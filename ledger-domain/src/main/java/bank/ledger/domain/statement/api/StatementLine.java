package bank.ledger.domain.statement.api;

import java.time.LocalDate;

/**
 * One line of a bank statement as recorded: {@code signedMinor} is from the bank account holder's view
 * (credits positive), in the statement's currency. {@code lineNo} is 1-based within the statement.
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
        boolean booked) {
}
