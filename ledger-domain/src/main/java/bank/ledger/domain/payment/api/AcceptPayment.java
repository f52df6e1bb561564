package bank.ledger.domain.payment.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The bank accepted the payment (a pain.002 status {@code statusCode} in report {@code reportId}): its hold is posted. */
public record AcceptPayment(@TargetAggregateIdentifier String paymentId, String reportId, String statusCode) {
}
