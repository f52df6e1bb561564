package bank.ledger.domain.account.api;

import java.time.Instant;
import java.time.LocalDate;
import org.axonframework.serialization.Revision;

/**
 * One journal entry moved this account's totals. {@code change} is the delta (pending totals go down
 * when a hold is posted or voided); {@code totals} are the account's totals after it, so a read model
 * can set rather than add, and a replay rebuilds identical rows.
 */
@Revision("1")
public record AccountBalanceChanged(
        String accountId,
        String entryId,
        String currency,
        LocalDate effectiveDate,
        Balances change,
        Balances totals,
        Instant recordedAt) {
}
