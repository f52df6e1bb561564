package bank.ledger.domain.account.api;

import java.util.Map;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Opens an account; the id is the client's idempotency key (the same request twice opens one account). */
public record OpenAccount(
        @TargetAggregateIdentifier String accountId,
        String code,
        String name,
        AccountType type,
        String currency,
        AccountFlags flags,
        Map<String, String> metadata) {
    public OpenAccount {
        flags = flags == null ? AccountFlags.NONE : flags;
        metadata = metadata == null ? Map.of() : Map.copyOf(metadata);
    }
}
