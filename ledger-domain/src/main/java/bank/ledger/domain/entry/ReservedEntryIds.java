package bank.ledger.domain.entry;

import bank.ledger.domain.refusal.LedgerRefusal;
import bank.ledger.domain.refusal.RefusalCode;

/**
 * Entry ids another flow owns: {@code payment~<id>} is a payment's hold, placed, posted and voided only
 * by the payment's own commands (in their unit of work), so the payment's status and its hold never
 * diverge. Through the command bus (the journal API, the console, batches) such an entry is neither
 * recorded, posted, voided nor reversed: {@code 409 heldByPayment}. The payment's handler calls the
 * entry handler's methods directly and is not refused.
 */
public final class ReservedEntryIds {
    public static final String PAYMENT_HOLD_PREFIX = "payment~";

    private ReservedEntryIds() {
    }

    public static boolean isPaymentHold(String entryId) {
        return entryId != null && entryId.startsWith(PAYMENT_HOLD_PREFIX);
    }

    static void requireUnreserved(String entryId, String field) {
        if (isPaymentHold(entryId)) {
            throw LedgerRefusal.of(RefusalCode.HELD_BY_PAYMENT, field, "entry " + entryId + " is the hold of payment "
                    + entryId.substring(PAYMENT_HOLD_PREFIX.length()) + ": it moves with the payment only "
                    + "(a status report, a statement line or a settlement; docs/payments.md)");
        }
    }
}
