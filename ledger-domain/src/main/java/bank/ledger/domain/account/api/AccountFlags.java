package bank.ledger.domain.account.api;

/**
 * TigerBeetle's balance guards. {@code debitsMustNotExceedCredits}: debits posted plus pending may not
 * exceed credits posted (a customer deposit account that must not be overdrawn).
 * {@code creditsMustNotExceedDebits}: the mirror image (a loan or asset account).
 * {@code fxClearing}: a designated FX clearing account, through which an entry that spans currencies
 * balances each currency (docs/currencies.md); added later, events stored before it read back false.
 */
public record AccountFlags(boolean debitsMustNotExceedCredits, boolean creditsMustNotExceedDebits,
                           Boolean fxClearing) {
    public static final AccountFlags NONE = new AccountFlags(false, false, false);

    /**
     * A {@code Boolean}, normalised to never null: events and snapshots stored before the flag lack it, and the
     * event serializer (Jackson 3) refuses a missing primitive (FAIL_ON_NULL_FOR_PRIMITIVES), found by FxEventShapesTest.
     */
    public AccountFlags {
        fxClearing = Boolean.TRUE.equals(fxClearing);
    }

    /** An account that is not an FX clearing account. */
    public AccountFlags(boolean debitsMustNotExceedCredits, boolean creditsMustNotExceedDebits) {
        this(debitsMustNotExceedCredits, creditsMustNotExceedDebits, false);
    }
}
