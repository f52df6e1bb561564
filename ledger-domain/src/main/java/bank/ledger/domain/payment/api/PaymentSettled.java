package bank.ledger.domain.payment.api;

import java.time.Instant;
import org.axonframework.serialization.Revision;

/**
 * A bank statement line confirmed the debit. {@code holdPosted}: the hold was posted by this settlement
 * (no status report had accepted the payment before).
 */
@Revision("1")
public record PaymentSettled(String paymentId, String accountId, String holdEntryId, String statementKey, int lineNo,
                             boolean holdPosted, Instant settledAt) {
}
