package bank.ledger.domain.payment;

import bank.ledger.domain.entry.api.Posting;
import bank.ledger.domain.payment.api.InitiatePayment;
import org.axonframework.messaging.MetaData;

/**
 * The journal-entry side of a payment: its hold, placed, posted or voided in the payment command's own
 * unit of work, so a payment and its hold commit together or not at all ({@link LedgerHolds} in the
 * ledger; a recording double in the aggregate's fixture tests).
 */
public interface PaymentHolds {
    /** Places the hold, or answers it when placed before; refusals (funds, accounts) are the ledger's own. */
    Posting place(String holdEntryId, InitiatePayment command, MetaData metadata);

    void post(String holdEntryId, MetaData metadata);

    void release(String holdEntryId, String reason);
}
