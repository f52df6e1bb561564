package bank.ledger.projections.readmodel;

import bank.ledger.domain.account.api.AccountBalanceChanged;
import bank.ledger.domain.account.api.Balances;
import java.time.Instant;
import java.time.LocalDate;

/**
 * One of an account's newest lines: a member of the Redis sorted set {@code <prefix>account-recent:<id>}
 * (as JSON, in this component order) or a row of {@code rm_account_line}. The same event always gives the
 * same text, so adding a line twice leaves one member.
 */
public record RecentLine(long sequence, String entryId, LocalDate effectiveDate, Instant recordedAt, Amounts change,
                         Amounts totals) {

    public static RecentLine of(AccountBalanceChanged e, long sequence) {
        return new RecentLine(sequence, e.entryId(), e.effectiveDate(), e.recordedAt(), Amounts.of(e.change()),
                Amounts.of(e.totals()));
    }

    /** The four totals only, in a fixed order: the JSON is the contract. Minor units. */
    public record Amounts(long debitsPosted, long creditsPosted, long debitsPending, long creditsPending) {
        static Amounts of(Balances b) {
            return new Amounts(b.debitsPosted(), b.creditsPosted(), b.debitsPending(), b.creditsPending());
        }
    }
}
