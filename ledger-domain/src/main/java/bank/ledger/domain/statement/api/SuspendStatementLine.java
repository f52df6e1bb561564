package bank.ledger.domain.statement.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Records that an unmatched line was posted to the suspense account by {@code suspenseEntryId}, decided
 * on the line's {@code epoch} (how often it had been unmatched).
 */
public record SuspendStatementLine(@TargetAggregateIdentifier String statementKey, int lineNo, int epoch,
                                   String suspenseEntryId, String reason) {
}
