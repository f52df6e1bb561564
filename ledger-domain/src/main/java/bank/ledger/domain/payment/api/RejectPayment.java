package bank.ledger.domain.payment.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The bank rejected the payment (report {@code reportId}, ISO reason code and text): its hold is voided. */
public record RejectPayment(@TargetAggregateIdentifier String paymentId, String reportId, String statusCode, String reasonCode,
                            String reasonText) {
}
