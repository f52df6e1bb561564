package bank.ledger.connectors.formats.model;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * One booked or pending movement on the account, normalized across formats.
 *
 * @param amountMinor         positive minor units in the statement's (account's) currency: what the entry does
 *                            to the balance. For a foreign-currency entry, its counter-value in the account's
 *                            currency; with excess decimals, rounded half-even (the exact amount is in {@code amount})
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
 * @param line                1-based line of the file where the entry starts (0 when unknown)
 * @param amount              the amount exactly as the file shows it, positive, in {@code currency}; null when it
 *                            is {@code amountMinor} in the statement's currency
 * @param currency            the entry's own currency when it differs from the statement's, else null
 * @param amountDetails       the bank's other amounts for the entry (instructed, transaction, counter-value) and rates
 * @param details             the transactions of a batch entry (camt TxDtls), kept as the bank listed them
 * @param warnings            what was odd about this entry
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
        boolean booked,
        int line,
        BigDecimal amount,
        String currency,
        List<AmountDetail> amountDetails,
        List<EntryDetail> details,
        List<Warning> warnings) {

    public Entry {
        if (amountMinor < 0) {
            throw new IllegalArgumentException("entry amounts are non-negative, the direction carries the sign");
        }
        if (amount != null && amount.signum() < 0) {
            throw new IllegalArgumentException("entry amounts are non-negative, the direction carries the sign");
        }
        amountDetails = amountDetails == null ? List.of() : List.copyOf(amountDetails);
        details = details == null ? List.of() : List.copyOf(details);
        warnings = warnings == null ? List.of() : List.copyOf(warnings);
    }

    /** An entry in the statement's currency at its exact decimals, without oddities, at an unknown line. */
    public Entry(long amountMinor, CreditDebit creditDebit, LocalDate bookingDate, LocalDate valueDate, String reference,
                 String customerReference, String endToEndId, String counterparty, String counterpartyAccount,
                 String description, boolean reversal, String bankTransactionCode, String proprietaryCode, boolean booked) {
        this(amountMinor, creditDebit, bookingDate, valueDate, reference, customerReference, endToEndId, counterparty,
                counterpartyAccount, description, reversal, bankTransactionCode, proprietaryCode, booked, 0, null, null,
                List.of(), List.of(), List.of());
    }

    public long signedMinor() {
        return creditDebit.signed(amountMinor);
    }

    /**
     * Another amount the bank gave for the entry (camt AmtDtls): {@code kind} is "instructed", "transaction",
     * "counterValue" or "proprietary"; the exchange rate and its currencies when given, else null.
     */
    public record AmountDetail(String kind, BigDecimal amount, String currency, BigDecimal exchangeRate,
                               String sourceCurrency, String targetCurrency) {
    }

    /** One transaction of a batch entry (camt TxDtls), as the bank listed it; the amount may be null. */
    public record EntryDetail(BigDecimal amount, String currency, String reference, String endToEndId,
                              String counterparty, String counterpartyAccount, String description) {
    }
}
