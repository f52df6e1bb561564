package bank.ledger.query.account;

import bank.ledger.domain.money.MoneyFormat;
import bank.ledger.query.api.AccountView;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * An account as {@code GET /api/v1/accounts/{id}} answers it. Amounts are decimal strings with exactly
 * the currency's decimals; {@code balance} is on the account's normal side, {@code available} is the
 * balance less holds against it.
 */
@Schema(name = "Account", description = "An account with its balances, from the read model") // not the command side's AccountResponse
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
        long version,
        String parentAccountId) {

    static AccountResponse of(AccountView view) {
        String currency = view.currency();
        return new AccountResponse(view.accountId(), view.code(), view.name(), view.type(), currency, view.status(),
                view.debitsMustNotExceedCredits(), view.creditsMustNotExceedDebits(),
                MoneyFormat.format(view.debitsPosted(), currency), MoneyFormat.format(view.creditsPosted(), currency),
                MoneyFormat.format(view.debitsPending(), currency), MoneyFormat.format(view.creditsPending(), currency),
                MoneyFormat.format(view.balance(), currency), MoneyFormat.format(view.available(), currency),
                view.metadata(), view.openedAt(), view.updatedAt(), view.version(), view.parentAccountId());
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
