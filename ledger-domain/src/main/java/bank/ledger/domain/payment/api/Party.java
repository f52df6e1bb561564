package bank.ledger.domain.payment.api;

/** A debtor or creditor as a credit transfer names them: a name, an IBAN and, optionally, the bank's BIC. */
public record Party(String name, String iban, String bic) {
}
