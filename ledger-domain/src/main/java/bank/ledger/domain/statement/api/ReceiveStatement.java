package bank.ledger.domain.statement.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Starts recording a statement. {@code statementKey} is its idempotency key (see docs/connectors.md):
 * the same statement delivered again answers the first receipt; the same key with another
 * {@code contentDigest} is an idempotency conflict. Lines follow in {@link RecordStatementLines} batches.
 */
public record ReceiveStatement(
        @TargetAggregateIdentifier String statementKey,
        String contentDigest,
        StatementHeader header) {
}
