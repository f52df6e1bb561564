package bank.ledger.app.security.approval;

import java.time.Instant;

/**
 * A command held for a second person's decision, and what became of it. {@code method} and {@code path}
 * describe what was asked; {@code commandType} and {@code body} (its JSON) are what approving runs.
 */
public record Approval(String id, String method, String path, String body, String reason, String requestedBy,
                       String requestedRole, Instant requestedAt, String status, String decidedBy,
                       Instant decidedAt, Integer resultStatus, String commandType) {
}
