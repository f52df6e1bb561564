package bank.ledger.connectors.statement;

/**
 * Every warning code a statement reader can give. Codes are stable: clients and reconciliation key on
 * them; docs/connectors.md says for each what it means and what reconciliation does with it.
 * Sections per reader keep parallel work on the readers from touching the same lines.
 */
public final class WarningCodes {
    private WarningCodes() {
    }

    // --- any format
    /** Opening balance plus booked entries is not the closing balance; the statement is unproven. */
    public static final String BALANCE_MISMATCH = "balanceMismatch";
    /** The bank's stated entry counts or sums differ from the entries. */
    public static final String TOTALS_MISMATCH = "totalsMismatch";
    /** A date that is not in the calendar (raw text in the message); the line takes the statement's date. */
    public static final String INVALID_DATE = "invalidDate";
    /** More decimals than ISO 4217 gives the currency; the exact amount is kept. */
    public static final String EXCESS_DECIMALS = "excessDecimals";
    /** The entry's amount is in another currency than the account's. */
    public static final String FOREIGN_CURRENCY = "foreignCurrency";
    /** Statement numbers skip one or more. */
    public static final String SEQUENCE_GAP = "sequenceGap";
    /** A statement number (and page) seen before. */
    public static final String SEQUENCE_REPEATED = "sequenceRepeated";
    /** A statement number lower than the one before it. */
    public static final String SEQUENCE_BACKWARDS = "sequenceBackwards";
    /** The opening balance is not the previous statement's closing balance. */
    public static final String OPENING_NOT_PREVIOUS_CLOSING = "openingNotPreviousClosing";
    /** The entries' sums exceed what the ledger can represent; balances and totals were not checked. */
    public static final String AMOUNT_OVERFLOW = "amountOverflow";
    /** Text the reader could not place, kept in the message and skipped. */
    public static final String UNREADABLE_LINE = "unreadableLine";
    /** Characters the ledger does not store (U+0000, controls, unpaired surrogates) were replaced. */
    public static final String TEXT_REPLACED = "textReplaced";
    /** A currency code the ledger does not know (not ISO 4217, or withdrawn like RUR); read with 2 decimals. */
    public static final String UNKNOWN_CURRENCY = "unknownCurrency";

    // --- MT940/MT942

    // --- camt.052/053/054

    // --- CSV
}
