package bank.ledger.domain.account;

import bank.ledger.domain.account.api.AccountStatus;
import bank.ledger.domain.refusal.LedgerRefusal;
import bank.ledger.domain.refusal.RefusalCode;

/**
 * Whether an account can be used: it exists, it is not closed and, where a currency is asked for, it
 * holds that currency. A frozen account is usable as a destination named in advance (a bank account's
 * mapping): freezing stops movements, which the account itself refuses when one comes. The one home of
 * these refusals, asked by the account aggregate for its own commands and, through the write side's
 * published {@code UsableAccounts}, by the bank connectors for a mapping's accounts.
 */
public final class AccountUsability {
    private AccountUsability() {
    }

    /**
     * Refuses, naming {@code field}, an account that is missing ({@code accountCurrency} null: nothing opened
     * it), in another currency than {@code currency}, or closed, in that order.
     */
    public static void requireUsable(String accountId, String accountCurrency, AccountStatus status, String currency,
                                     String field) {
        requireExists(accountCurrency != null, accountId, field);
        if (!accountCurrency.equals(currency)) {
            throw LedgerRefusal.of(RefusalCode.CURRENCY_MISMATCH, field, "account " + accountId + " is in "
                    + accountCurrency + ", not in " + currency);
        }
        requireNotClosed(status, accountId, field);
    }

    public static void requireExists(boolean exists, String accountId, String field) {
        if (!exists) {
            throw notFound(accountId, field);
        }
    }

    /** {@code accountId} null: the id the caller asked for is not known here (an empty aggregate). */
    public static LedgerRefusal notFound(String accountId, String field) {
        return LedgerRefusal.of(RefusalCode.ACCOUNT_NOT_FOUND, field,
                accountId == null ? "no such account" : "no account " + accountId);
    }

    public static void requireNotClosed(AccountStatus status, String accountId, String field) {
        if (status == AccountStatus.CLOSED) {
            throw LedgerRefusal.of(RefusalCode.ACCOUNT_CLOSED, field, "account " + accountId + " is closed");
        }
    }
}
