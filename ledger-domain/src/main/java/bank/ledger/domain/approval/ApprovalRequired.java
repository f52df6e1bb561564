package bank.ledger.domain.approval;

import bank.ledger.domain.refusal.LedgerRefusal;
import bank.ledger.domain.refusal.RefusalCode;

/**
 * The command needs a second person's approval and carries none that covers it. The web edge turns it
 * into a held approval (202); other channels see the refusal {@code approvalRequired}.
 */
public final class ApprovalRequired extends LedgerRefusal {
    private final String reason;

    public ApprovalRequired(String reason) {
        super(RefusalCode.APPROVAL_REQUIRED, null, "this command needs a second person's approval (" + reason + ")");
        this.reason = reason;
    }

    /** Why: {@code largePosting}, {@code reversal}, {@code closeAccount} or {@code periodReopen}. */
    public String reason() {
        return reason;
    }
}
