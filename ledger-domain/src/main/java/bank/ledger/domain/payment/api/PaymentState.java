package bank.ledger.domain.payment.api;

/** What the write side knows of a payment right after a command; {@code replayed}: an idempotent retry. */
public record PaymentState(String paymentId, PaymentStatus status, String holdEntryId, long amountMinor,
                           String currency, String batchId, boolean replayed) {
}
