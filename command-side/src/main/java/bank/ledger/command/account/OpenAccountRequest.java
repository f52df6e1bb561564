package bank.ledger.command.account;

import bank.ledger.domain.account.api.AccountFlags;
import bank.ledger.domain.account.api.AccountType;
import bank.ledger.domain.account.api.OpenAccount;
import java.util.Map;
import java.util.UUID;

/**
 * Body of {@code POST /api/v1/accounts}. Without an {@code id} the server picks one, and the request
 * is then not idempotent: clients that retry should always send their own id.
 */
public record OpenAccountRequest(
        String id,
        String code,
        String name,
        AccountType type,
        String currency,
        Boolean debitsMustNotExceedCredits,
        Boolean creditsMustNotExceedDebits,
        Map<String, String> metadata,
        String parentAccountId,
        Boolean fxClearing) {

    OpenAccount toCommand() {
        String accountId = id != null ? id : UUID.randomUUID().toString();
        return new OpenAccount(accountId, code, name, type, currency,
                new AccountFlags(Boolean.TRUE.equals(debitsMustNotExceedCredits),
                        Boolean.TRUE.equals(creditsMustNotExceedDebits), Boolean.TRUE.equals(fxClearing)),
                metadata, parentAccountId);
    }
}
