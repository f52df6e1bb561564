package bank.ledger.domain.account.api;

/** The five account types of double entry, each with the side on which its balance normally grows. */
public enum AccountType {
    ASSET(true), EXPENSE(true), LIABILITY(false), EQUITY(false), INCOME(false);

    private final boolean debitNormal;

    AccountType(boolean debitNormal) {
        this.debitNormal = debitNormal;
    }

    /** True where a debit increases the balance (assets, expenses). */
    public boolean isDebitNormal() {
        return debitNormal;
    }
}
