package bank.ledger.domain.payment.api;

import java.time.Instant;
import org.axonframework.serialization.Revision;

/** The bank rejected the payment with an ISO reason code; its hold was voided and the money is available again. */
@Revision("1")
public record PaymentRejected(String paymentId, String accountId, String holdEntryId, String reportId, String statusCode,
                              String reasonCode, String reasonText, Instant rejectedAt) {
}
