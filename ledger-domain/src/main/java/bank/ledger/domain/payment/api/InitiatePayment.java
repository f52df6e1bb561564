package bank.ledger.domain.payment.api;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Initiates a credit transfer from ledger account {@code accountId}: a hold debits it and credits
 * {@code clearingAccountId} (the ledger account mirroring the debtor's bank account) until the bank
 * decides. {@code paymentId} is the client's idempotency key; {@code amount} a decimal string in the
 * account's currency ({@code currency} optional: when given it must be the account's).
 */
public record InitiatePayment(
        @TargetAggregateIdentifier String paymentId,
        String accountId,
        String clearingAccountId,
        String amount,
        String currency,
        Party debtor,
        Party creditor,
        LocalDate requestedExecutionDate,
        String remittanceInformation,
        String endToEndId) {
}
