package bank.ledger.query.api;

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

    public boolean isDebitNormal() {
        return "ASSET".equals(type) || "EXPENSE".equals(type);
    }

    /** Posted balance on the account's normal side: positive is the usual state of the account. */
    public long balance() {
        return isDebitNormal() ? debitsPosted - creditsPosted : creditsPosted - debitsPosted;
    }

    /** The balance less what holds against it have reserved. */
    public long available() {
        return balance() - (isDebitNormal() ? creditsPending : debitsPending);
    }
}
