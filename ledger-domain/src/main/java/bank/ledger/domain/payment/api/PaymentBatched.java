package bank.ledger.domain.payment.api;

import java.time.Instant;
import org.axonframework.serialization.Revision;

/** The payment went into pain.001 message {@code messageId} (batch {@code batchId}) under these ISO ids. */
@Revision("1")
public record PaymentBatched(String paymentId, String accountId, String batchId, String messageId, String paymentInformationId,
                             String instructionId, Instant batchedAt) {
}
