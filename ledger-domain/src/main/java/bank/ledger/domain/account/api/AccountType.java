package bank.ledger.domain.account.api;

import bank.ledger.domain.entry.api.Side;
import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * The five account types of double entry, each with the side on which its balance normally grows.
 * The one place that knows an account type's normal side: the read side's balances, running balances
 * and the chart's SQL roll-ups all ask it ({@link #signedBalance}, {@link #netDebitSignSql}).
 */
public enum AccountType {
    ASSET(Side.DEBIT), EXPENSE(Side.DEBIT), LIABILITY(Side.CREDIT), EQUITY(Side.CREDIT), INCOME(Side.CREDIT);

    private final Side normalSide;

    AccountType(Side normalSide) {
        this.normalSide = normalSide;
    }

    /** The side on which the balance normally grows: debit for assets and expenses, credit for the rest. */
    public Side normalSide() {
        return normalSide;
    }

    /** True where a debit increases the balance (assets, expenses). */
    public boolean isDebitNormal() {
        return normalSide == Side.DEBIT;
    }

    /** +1 where a debit raises the balance, -1 where a credit does: multiplies a net debit onto the normal side. */
    public int netDebitSign() {
        return isDebitNormal() ? 1 : -1;
    }

    /** The balance on the normal side: positive is the usual state of the account. Exact (overflow throws). */
    public long signedBalance(long debits, long credits) {
        return isDebitNormal() ? Math.subtractExact(debits, credits) : Math.subtractExact(credits, debits);
    }

    /**
     * The balance less what holds have reserved against it: the pending amounts on the side that lowers the
     * balance (pending credits of an asset, pending debits of a liability). Pending amounts that raise it are
     * not available until posted.
     */
    public long availableBalance(long debitsPosted, long creditsPosted, long debitsPending, long creditsPending) {
        long held = isDebitNormal() ? creditsPending : debitsPending;
        return Math.subtractExact(signedBalance(debitsPosted, creditsPosted), held);
    }

    /**
     * The same rule in SQL, for queries that roll balances up in the database: a CASE over a column holding
     * the type's name that yields {@link #netDebitSign()}. Built from the enum, so it cannot drift from it.
     */
    public static String netDebitSignSql(String typeColumn) {
        String debitNormal = Arrays.stream(values()).filter(AccountType::isDebitNormal)
                .map(t -> "'" + t.name() + "'").collect(Collectors.joining(", "));
        return "(case when " + typeColumn + " in (" + debitNormal + ") then 1 else -1 end)";
    }
}
