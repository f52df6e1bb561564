package bank.ledger.domain.payment.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Puts an initiated payment into pain.001 message {@code messageId} of batch {@code batchId}. */
public record BatchPayment(@TargetAggregateIdentifier String paymentId, String batchId, String messageId, String paymentInformationId,
                           String instructionId) {
}
