package bank.ledger.domain.payment.api;

/** Puts an initiated payment into pain.001 message {@code messageId} of batch {@code batchId}. */
public record BatchPayment(String paymentId, String batchId, String messageId, String paymentInformationId,
                           String instructionId) {
}
