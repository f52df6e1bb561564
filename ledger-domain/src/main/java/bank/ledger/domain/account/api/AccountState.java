package bank.ledger.domain.account.api;

import java.time.Instant;
import java.util.Map;

/** What the write side knows of an account right after a command: returned to the caller, never stored. */
public record AccountState(
        String accountId,
        String code,
        String name,
        AccountType type,
        String currency,
        AccountFlags flags,
        AccountStatus status,
        Map<String, String> metadata,
        Balances totals,
        Instant openedAt,
        boolean replayed,
        String parentAccountId) {

    public AccountState(String accountId, String code, String name, AccountType type, String currency,
                        AccountFlags flags, AccountStatus status, Map<String, String> metadata, Balances totals,
                        Instant openedAt, boolean replayed) {
        this(accountId, code, name, type, currency, flags, status, metadata, totals, openedAt, replayed, null);
    }
}
