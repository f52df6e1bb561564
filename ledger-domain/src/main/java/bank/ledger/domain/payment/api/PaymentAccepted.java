package bank.ledger.domain.payment.api;

import java.time.Instant;
import org.axonframework.serialization.Revision;

/** The bank accepted the payment (status report {@code reportId}, status {@code statusCode}); its hold was posted. */
@Revision("1")
public record PaymentAccepted(String paymentId, String accountId, String holdEntryId, String reportId, String statusCode,
                              Instant acceptedAt) {
}
