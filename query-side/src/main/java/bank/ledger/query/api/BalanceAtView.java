package bank.ledger.query.api;

import bank.ledger.domain.account.api.AccountType;
import java.time.Instant;
import java.time.LocalDate;

/** An account's four totals at an effective date, as known at a recorded time; minor units. */
public record BalanceAtView(String accountId, String type, String currency, LocalDate date, Instant asKnownAt,
                            long debitsPosted, long creditsPosted, long debitsPending, long creditsPending) {

    /** Posted balance on the account's normal side. */
    public long balance() {
        return AccountType.valueOf(type).signedBalance(debitsPosted, creditsPosted);
    }
}
