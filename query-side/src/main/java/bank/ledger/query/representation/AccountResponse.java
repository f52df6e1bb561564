package bank.ledger.query.representation;

import bank.ledger.domain.account.api.AccountState;
import bank.ledger.domain.account.api.AccountType;
import bank.ledger.domain.account.api.Balances;
import bank.ledger.domain.money.MoneyFormat;
import bank.ledger.projections.readmodel.AccountRow;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * The one representation of an account, answered by the queries ({@code GET /api/v1/accounts/{id}}, from the
 * read model) and by the commands (open, freeze, unfreeze, close: the account right after the command).
 * Amounts are decimal strings with exactly the currency's decimals; {@code balance} is on the account's normal
 * side ({@link AccountType#signedBalance}), {@code available} is the balance less holds against it. A command's
 * answer leaves {@code updatedAt} and {@code version} null: it is given before the read model has seen the change.
 */
@Schema(name = "Account", description = "An account with its balances; updatedAt and version are null in a"
        + " command's answer (the read model has not seen the change yet)")
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
        String balance,
        String available,
        Map<String, String> metadata,
        Instant openedAt,
        Instant updatedAt,
        Long version,
        String parentAccountId) {

    /** The account as the read model knows it. */
    public static AccountResponse of(AccountRow row) {
        String currency = row.currency();
        AccountType type = AccountType.valueOf(row.type());
        long balance = type.signedBalance(row.debitsPosted(), row.creditsPosted());
        long available = type.availableBalance(row.debitsPosted(), row.creditsPosted(), row.debitsPending(),
                row.creditsPending());
        return new AccountResponse(row.accountId(), row.code(), row.name(), row.type(), currency, row.status(),
                row.debitsMustNotExceedCredits(), row.creditsMustNotExceedDebits(),
                MoneyFormat.format(row.debitsPosted(), currency), MoneyFormat.format(row.creditsPosted(), currency),
                MoneyFormat.format(row.debitsPending(), currency), MoneyFormat.format(row.creditsPending(), currency),
                MoneyFormat.format(balance, currency), MoneyFormat.format(available, currency), row.metadata(),
                row.openedAt(), row.updatedAt(), row.lastSequence(), row.parentAccountId());
    }

    /** The account as the write side knows it right after a command. */
    public static AccountResponse of(AccountState state) {
        String currency = state.currency();
        Balances t = state.totals();
        long balance = state.type().signedBalance(t.debitsPosted(), t.creditsPosted());
        long available = state.type().availableBalance(t.debitsPosted(), t.creditsPosted(), t.debitsPending(),
                t.creditsPending());
        return new AccountResponse(state.accountId(), state.code(), state.name(), state.type().name(), currency,
                state.status().name(), state.flags().debitsMustNotExceedCredits(),
                state.flags().creditsMustNotExceedDebits(), MoneyFormat.format(t.debitsPosted(), currency),
                MoneyFormat.format(t.creditsPosted(), currency), MoneyFormat.format(t.debitsPending(), currency),
                MoneyFormat.format(t.creditsPending(), currency), MoneyFormat.format(balance, currency),
                MoneyFormat.format(available, currency), state.metadata(), state.openedAt(),
                null, null, state.parentAccountId());
    }

    /** A page of the chart of accounts; pass {@code nextAfterCode} as {@code after} for the next page. */
    public record Page(List<AccountResponse> accounts, String nextAfterCode) {
        /** The page's {@code items}; {@code accounts} is the old name, kept one version. */
        @JsonProperty("items")
        public List<AccountResponse> items() {
            return accounts;
        }

        /** Pass it as {@code after} for the next page, null on the last; {@code nextAfterCode} is the old name. */
        @JsonProperty("nextAfter")
        public String nextAfter() {
            return nextAfterCode;
        }
    }
}
