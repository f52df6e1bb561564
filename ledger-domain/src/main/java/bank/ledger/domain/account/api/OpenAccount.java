package bank.ledger.domain.account.api;

import java.util.Map;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Opens an account; the id is the client's idempotency key (the same request twice opens one account).
 * {@code parentAccountId} (optional) places it under an account that already exists, for roll-ups.
 */
public record OpenAccount(
        @TargetAggregateIdentifier String accountId,
        String code,
        String name,
        AccountType type,
        String currency,
        AccountFlags flags,
        Map<String, String> metadata,
        String parentAccountId) {
    public OpenAccount {
        flags = flags == null ? AccountFlags.NONE : flags;
        metadata = metadata == null ? Map.of() : Map.copyOf(metadata);
    }

    /** An account without a parent. */
    public OpenAccount(String accountId, String code, String name, AccountType type, String currency,
                       AccountFlags flags, Map<String, String> metadata) {
        this(accountId, code, name, type, currency, flags, metadata, null);
    }
}
