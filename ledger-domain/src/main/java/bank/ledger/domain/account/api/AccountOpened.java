package bank.ledger.domain.account.api;

import java.time.Instant;
import java.util.Map;
import org.axonframework.serialization.Revision;

@Revision("1")
public record AccountOpened(
        String accountId,
        String code,
        String name,
        AccountType type,
        String currency,
        AccountFlags flags,
        Map<String, String> metadata,
        Instant openedAt) {
}
