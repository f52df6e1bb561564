package bank.ledger.command.account;

import bank.ledger.domain.account.api.AccountState;
import bank.ledger.domain.money.MoneyFormat;
import java.time.Instant;
import java.util.Map;

/** An account as the write side answers it; amounts are decimal strings in the account's currency. */
public record AccountResponse(
        String id,
        String code,
        String name,
        String type,
        String currency,
        String status,
        boolean debitsMustNotExceedCredits,
        boolean creditsMustNotExceedDebits,
        String debitsPosted,
        String creditsPosted,
        String debitsPending,
        String creditsPending,
        Map<String, String> metadata,
        Instant openedAt,
        String parentAccountId) {

    public static AccountResponse of(AccountState state) {
        String currency = state.currency();
        return new AccountResponse(state.accountId(), state.code(), state.name(), state.type().name(), currency,
                state.status().name(), state.flags().debitsMustNotExceedCredits(),
                state.flags().creditsMustNotExceedDebits(),
                MoneyFormat.format(state.totals().debitsPosted(), currency),
                MoneyFormat.format(state.totals().creditsPosted(), currency),
                MoneyFormat.format(state.totals().debitsPending(), currency),
                MoneyFormat.format(state.totals().creditsPending(), currency),
                state.metadata(), state.openedAt(), state.parentAccountId());
    }
}
