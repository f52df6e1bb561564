package bank.ledger.domain.approval;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * The gate every risky command passes, whatever channel sent it: the {@link FourEyesPolicy} says whether
 * the command needs a second person; if it does, the command must carry (in its metadata) the id of an
 * approval that is approved and holds this very command. Metadata is written by the ledger's own
 * senders, never by clients; the approval is still looked up, so a forged id approves nothing.
 * Channels in {@code exemptChannels} (the reconciliation engine: it mirrors money the bank has already
 * moved) pass; see docs/security.md.
 */
public final class FourEyes {
    /** Metadata keys set by the approval's dispatch: the approval id and the checker. */
    public static final String APPROVAL_ID = "approvalId";
    public static final String APPROVED_BY = "approvedBy";
    public static final String CHANNEL = "channel";

    /** Approvals as the ledger stores them (a port: PostgreSQL in the application). */
    public interface Approvals {
        /** Whether the approval is approved and holds exactly this command. */
        boolean covers(String approvalId, Object command);
    }

    private final Supplier<Optional<FourEyesPolicy>> policy;
    private final Approvals approvals;
    private final Set<String> exemptChannels;

    /** {@code policy} is read per command (empty: maker-checker is off), so it can be switched at run time. */
    public FourEyes(Supplier<Optional<FourEyesPolicy>> policy, Approvals approvals, Set<String> exemptChannels) {
        this.policy = policy;
        this.approvals = approvals;
        this.exemptChannels = Set.copyOf(exemptChannels);
    }

    /** No second person for anything (tests of other rules, and installations that turn maker-checker off). */
    public static FourEyes off() {
        return new FourEyes(Optional::empty, (id, command) -> false, Set.of());
    }

    /** Refuses the command with {@link ApprovalRequired} when the policy's reason applies and nothing covers it. */
    public void require(Object command, java.util.function.Function<FourEyesPolicy, Optional<String>> reasonOf,
                        Map<String, ?> metadata) {
        Optional<FourEyesPolicy> current = policy.get();
        if (current.isEmpty()) {
            return;
        }
        Optional<String> reason = reasonOf.apply(current.get());
        if (reason.isEmpty() || exemptChannels.contains(text(metadata, CHANNEL))) {
            return;
        }
        String approvalId = text(metadata, APPROVAL_ID);
        if (approvalId == null || !approvals.covers(approvalId, command)) {
            throw new ApprovalRequired(reason.get());
        }
    }

    /**
     * Refuses with {@link ApprovalRequired} unless an approval covers the command, whatever the policy and
     * the channel: for decisions that always need a second person (reopening a closed accounting period).
     */
    public void requireAlways(Object command, String reason, Map<String, ?> metadata) {
        String approvalId = text(metadata, APPROVAL_ID);
        if (approvalId == null || !approvals.covers(approvalId, command)) {
            throw new ApprovalRequired(reason);
        }
    }

    private static String text(Map<String, ?> metadata, String key) {
        Object value = metadata == null ? null : metadata.get(key);
        return value == null ? null : value.toString();
    }
}
