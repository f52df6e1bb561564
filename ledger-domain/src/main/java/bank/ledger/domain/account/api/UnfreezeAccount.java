package bank.ledger.domain.account.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record UnfreezeAccount(@TargetAggregateIdentifier String accountId, String reason) {
}
