package bank.ledger.projections.readmodel;

import java.time.Instant;
import java.util.Map;

/**
 * One row of {@code rm_account} (and the same account in the Redis hot hash): status, flags and the four
 * totals in minor units. {@code lastSequence} is the aggregate sequence the read model has reached.
 */
public record AccountRow(
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
        long lastSequence,
        String parentAccountId) {
}
