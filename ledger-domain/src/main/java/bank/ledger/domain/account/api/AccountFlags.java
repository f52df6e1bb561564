package bank.ledger.domain.account.api;

/**
 * TigerBeetle's balance guards. {@code debitsMustNotExceedCredits}: debits posted plus pending may not
 * exceed credits posted (a customer deposit account that must not be overdrawn).
 * {@code creditsMustNotExceedDebits}: the mirror image (a loan or asset account).
 * {@code fxClearing}: a designated FX clearing account, through which an entry that spans currencies
 * balances each currency (docs/currencies.md); added later, events stored before it read back false.
 */
public record AccountFlags(boolean debitsMustNotExceedCredits, boolean creditsMustNotExceedDebits,
                           boolean fxClearing) {
    public static final AccountFlags NONE = new AccountFlags(false, false, false);

    /** An account that is not an FX clearing account. */
    public AccountFlags(boolean debitsMustNotExceedCredits, boolean creditsMustNotExceedDebits) {
        this(debitsMustNotExceedCredits, creditsMustNotExceedDebits, false);
    }
}
