package bank.ledger.query.api;

import bank.ledger.domain.account.api.AccountType;
import bank.ledger.projections.readmodel.AccountRow;
import java.time.Instant;
import java.util.Map;

/**
 * An account as the read model knows it, amounts in minor units. {@code version} is the aggregate
 * sequence number the read model has reached: a client can compare it with what it wrote.
 */
public record AccountView(
        String accountId,
        String code,
        String name,
        String type,
        String currency,
        String status,
        boolean debitsMustNotExceedCredits,
        boolean creditsMustNotExceedDebits,
        Map<String, String> metadata,
        long debitsPosted,
        long creditsPosted,
        long debitsPending,
        long creditsPending,
        Instant openedAt,
        Instant updatedAt,
        long version,
        String parentAccountId) {

    public AccountView(String accountId, String code, String name, String type, String currency, String status,
                       boolean debitsMustNotExceedCredits, boolean creditsMustNotExceedDebits,
                       Map<String, String> metadata, long debitsPosted, long creditsPosted, long debitsPending,
                       long creditsPending, Instant openedAt, Instant updatedAt, long version) {
        this(accountId, code, name, type, currency, status, debitsMustNotExceedCredits, creditsMustNotExceedDebits,
                metadata, debitsPosted, creditsPosted, debitsPending, creditsPending, openedAt, updatedAt, version,
                null);
    }

    /** The account as its read model row holds it ({@code rm_account} or the Redis hot hash). */
    public static AccountView of(AccountRow row) {
        return new AccountView(row.accountId(), row.code(), row.name(), row.type(), row.currency(), row.status(),
                row.debitsMustNotExceedCredits(), row.creditsMustNotExceedDebits(), row.metadata(), row.debitsPosted(),
                row.creditsPosted(), row.debitsPending(), row.creditsPending(), row.openedAt(), row.updatedAt(),
                row.lastSequence(), row.parentAccountId());
    }

    /** Posted balance on the account's normal side ({@link AccountType#signedBalance}). */
    public long balance() {
        return AccountType.valueOf(type).signedBalance(debitsPosted, creditsPosted);
    }

    /** The balance less what holds against it have reserved ({@link AccountType#availableBalance}). */
    public long available() {
        return AccountType.valueOf(type).availableBalance(debitsPosted, creditsPosted, debitsPending, creditsPending);
    }
}
