package bank.ledger.projections.line;

import bank.ledger.domain.account.api.AccountBalanceChanged;
import bank.ledger.domain.account.api.Balances;
import java.time.Instant;
import java.time.LocalDate;

/**
 * One row of {@code rm_account_line}: what a journal entry did to one account, and who did it.
 * A pure function of the event and its metadata, so a replay yields the identical row.
 */
public record AccountLine(
        String accountId,
        long sequence,
        String entryId,
        String currency,
        LocalDate effectiveDate,
        Instant recordedAt,
        Balances change,
        Balances totals,
        String actor,
        String channel,
        String correlationId) {

    public static AccountLine of(AccountBalanceChanged event, long sequence, String actor, String channel,
                                 String correlationId) {
        return new AccountLine(event.accountId(), sequence, event.entryId(), event.currency(), event.effectiveDate(),
                event.recordedAt(), event.change(), event.totals(), actor, channel, correlationId);
    }
}
