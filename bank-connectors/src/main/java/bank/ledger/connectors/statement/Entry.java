package bank.ledger.connectors.statement;

import java.time.LocalDate;

/**
 * One booked or pending movement on the account, normalized across formats.
 *
 * @param amountMinor         positive minor units in the statement's currency
 * @param creditDebit         how the entry acts on the account (a reversal of a credit is a DBIT)
 * @param reference           the bank's reference (camt AcctSvcrRef, MT940 ":61:" bank reference)
 * @param customerReference   the account owner's reference (MT940 ":61:" before "//"), if any
 * @param endToEndId          the payer's end-to-end id (camt EndToEndId, MT940 "EREF+")
 * @param counterparty        name of the other party
 * @param counterpartyAccount the other party's IBAN or account number
 * @param description         remittance information, unstructured
 * @param bankTransactionCode ISO domain/family/sub-family ("PMNT/RCDT/ESCT") or the SWIFT type ("NTRF")
 * @param proprietaryCode     the bank's own code (camt Prtry, German MT940 "GVC" such as "166")
 * @param booked              false for pending or informational entries (camt Sts other than BOOK)
 */
public record Entry(
        long amountMinor,
        CreditDebit creditDebit,
        LocalDate bookingDate,
        LocalDate valueDate,
        String reference,
        String customerReference,
        String endToEndId,
        String counterparty,
        String counterpartyAccount,
        String description,
        boolean reversal,
        String bankTransactionCode,
        String proprietaryCode,
        boolean booked) {

    public Entry {
        if (amountMinor < 0) {
            throw new IllegalArgumentException("entry amounts are non-negative, the direction carries the sign");
        }
    }

    public long signedMinor() {
        return creditDebit.signed(amountMinor);
    }
}
