package bank.ledger.domain.payment.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** A bank statement line ({@code statementKey}, {@code lineNo}) shows the debit: the hold is posted if it was not. */
public record SettlePayment(@TargetAggregateIdentifier String paymentId, String statementKey, int lineNo) {
}
