package bank.ledger.command.approval;

/** The command was not run but held for a second person: the web edge answers 202 with the approval. */
public class CommandHeld extends RuntimeException {
    private final String approvalId;
    private final String reason;

    public CommandHeld(String approvalId, String reason) {
        super("held for approval " + approvalId + " (" + reason + ")", null, false, false);
        this.approvalId = approvalId;
        this.reason = reason;
    }

    public String approvalId() {
        return approvalId;
    }

    public String reason() {
        return reason;
    }
}
