package bank.ledger.domain.entry.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Releases every hold of a pending entry. Voiding a voided entry is a no-op. */
public record VoidPendingEntry(@TargetAggregateIdentifier String entryId, String reason) {
}
