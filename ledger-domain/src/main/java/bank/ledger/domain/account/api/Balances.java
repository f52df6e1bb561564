package bank.ledger.domain.account.api;

import bank.ledger.domain.refusal.LedgerRefusal;
import bank.ledger.domain.refusal.RefusalCode;

/**
 * An account's four totals in minor units, TigerBeetle's vocabulary. Used both for an account's
 * running totals and for the change one journal entry makes to them (where pending may go down).
 */
public record Balances(long debitsPosted, long creditsPosted, long debitsPending, long creditsPending) {
    public static final Balances ZERO = new Balances(0, 0, 0, 0);

    public Balances plus(Balances other) {
        try {
            return new Balances(
                    Math.addExact(debitsPosted, other.debitsPosted),
                    Math.addExact(creditsPosted, other.creditsPosted),
                    Math.addExact(debitsPending, other.debitsPending),
                    Math.addExact(creditsPending, other.creditsPending));
        } catch (ArithmeticException overflow) {
            throw LedgerRefusal.of(RefusalCode.AMOUNT_OVERFLOW, null, "account totals would overflow");
        }
    }

    public Balances negate() {
        return new Balances(-debitsPosted, -creditsPosted, -debitsPending, -creditsPending);
    }

    /** Posted debits minus posted credits: positive is a debit balance. */
    public long netPostedDebit() {
        return debitsPosted - creditsPosted;
    }

    public boolean isSettledAtZero() {
        return debitsPosted == creditsPosted && debitsPending == 0 && creditsPending == 0;
    }

    public boolean addsDebits() {
        return debitsPosted + debitsPending > 0;
    }

    public boolean addsCredits() {
        return creditsPosted + creditsPending > 0;
    }
}
