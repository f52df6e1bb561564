package bank.ledger.domain.account.api;

import java.time.Instant;
import java.util.Map;
import org.axonframework.serialization.Revision;

/**
 * An account was opened. {@code parentAccountId} was added later as a nullable last field: events
 * stored before it read back with null (no parent), so the revision stays "1".
 */
@Revision("1")
public record AccountOpened(
        String accountId,
        String code,
        String name,
        AccountType type,
        String currency,
        AccountFlags flags,
        Map<String, String> metadata,
        Instant openedAt,
        String parentAccountId) {

    /** An account without a parent. */
    public AccountOpened(String accountId, String code, String name, AccountType type, String currency,
                         AccountFlags flags, Map<String, String> metadata, Instant openedAt) {
        this(accountId, code, name, type, currency, flags, metadata, openedAt, null);
    }
}
