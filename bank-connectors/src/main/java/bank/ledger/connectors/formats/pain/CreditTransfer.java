package bank.ledger.connectors.formats.pain;

/**
 * One credit transfer of a pain.001 (CdtTrfTxInf): ids as the bank will quote them back, the amount in
 * minor units of {@code currency}, the creditor and the unstructured remittance information.
 */
public record CreditTransfer(String instructionId, String endToEndId, long amountMinor, String currency,
                             String creditorName, String creditorIban, String creditorBic, String remittanceInformation) {
}
