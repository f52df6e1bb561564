package bank.ledger.domain.account.api;

/**
 * TigerBeetle's balance guards. {@code debitsMustNotExceedCredits}: debits posted plus pending may not
 * exceed credits posted (a customer deposit account that must not be overdrawn).
 * {@code creditsMustNotExceedDebits}: the mirror image (a loan or asset account).
 */
public record AccountFlags(boolean debitsMustNotExceedCredits, boolean creditsMustNotExceedDebits) {
    public static final AccountFlags NONE = new AccountFlags(false, false);
}
