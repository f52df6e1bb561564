package bank.ledger.domain.statement.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Undoes a match, by a named actor for a stated reason; the line is open again. */
public record UnmatchStatementLine(@TargetAggregateIdentifier String statementKey, int lineNo, String actor,
                                   String reason) {
}
