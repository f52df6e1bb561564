package bank.ledger.domain.payment.api;

import java.time.Instant;
import java.time.LocalDate;
import org.axonframework.serialization.Revision;

/** A credit transfer was initiated and its hold {@code holdEntryId} placed on {@code accountId}. */
@Revision("1")
public record PaymentInitiated(
        String paymentId,
        String holdEntryId,
        String accountId,
        String clearingAccountId,
        long amountMinor,
        String currency,
        Party debtor,
        Party creditor,
        LocalDate requestedExecutionDate,
        String remittanceInformation,
        String endToEndId,
        String requestFingerprint,
        Instant initiatedAt) {
}
