package bank.ledger.domain.payment.api;

/** A bank statement line ({@code statementKey}, {@code lineNo}) shows the debit: the hold is posted if it was not. */
public record SettlePayment(String paymentId, String statementKey, int lineNo) {
}
