package bank.ledger.domain.statement.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Retires an intraday report (camt.052, MT942) because the day's end-of-day statement arrived. */
public record SupersedeStatement(@TargetAggregateIdentifier String statementKey, String supersededBy) {
}
