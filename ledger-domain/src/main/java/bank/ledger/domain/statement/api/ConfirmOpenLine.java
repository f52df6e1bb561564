package bank.ledger.domain.statement.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Asks the statement, which alone knows for sure, whether a line is still unmatched: refused with
 * {@code lineAlreadyMatched} when it is matched, answered (recording nothing) when it is not. Used to
 * tell a claim whose match command was lost in a crash from one whose match the read model shows late.
 */
public record ConfirmOpenLine(@TargetAggregateIdentifier String statementKey, int lineNo) {
}
