package bank.ledger.app.security.approval;

import java.time.Instant;

/** A request held for a second person's decision, and what became of it. */
public record Approval(String id, String method, String path, String body, String reason, String requestedBy,
                       String requestedRole, Instant requestedAt, String status, String decidedBy,
                       Instant decidedAt, Integer resultStatus) {
}
