package bank.ledger.domain.statement.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Records that an unmatched line was posted to the suspense account by {@code suspenseEntryId}. */
public record SuspendStatementLine(@TargetAggregateIdentifier String statementKey, int lineNo,
                                   String suspenseEntryId, String reason) {
}
