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
    /** Text the reader could not place, kept in the message and skipped. */
    public static final String UNREADABLE_LINE = "unreadableLine";
    /** Characters the ledger does not store (U+0000, controls, unpaired surrogates) were replaced. */
    public static final String TEXT_REPLACED = "textReplaced";
    /** A currency code the ledger does not know (not ISO 4217, or withdrawn like RUR); read with 2 decimals. */
    public static final String UNKNOWN_CURRENCY = "unknownCurrency";

    // --- MT940/MT942
    /** A line outside any message: a bank's export header or trailer, a stray separator. Skipped. */
    public static final String TEXT_OUTSIDE_MESSAGE = "textOutsideMessage";
    /** A field MT940/MT942 does not define (":12:", ":26:", ":NS:"); its text is in the message, skipped. */
    public static final String UNKNOWN_FIELD = "unknownField";
    /** A field the message type requires is absent (":25:", ":28C:", ":60F:", ":62F:", ":34F:"). */
    public static final String MISSING_FIELD = "missingField";
    /** A single-occurrence field came again; the first is kept, the repeat quoted. */
    public static final String REPEATED_FIELD = "repeatedField";
    /** An available balance (":64:" closing available, ":65:" forward available): quoted, not kept. */
    public static final String AVAILABLE_BALANCE = "availableBalance";
    /** Information to the account owner (":86:") about the statement as a whole, not about an entry. */
    public static final String STATEMENT_TEXT = "statementText";
    /** A ":61:" without the transaction type (such as NTRF, NMSC, N051); read with none. */
    public static final String MISSING_TRANSACTION_TYPE = "missingTransactionType";
    /** A balance or total in another currency than the statement's first balance; not used. */
    public static final String CURRENCY_MISMATCH = "currencyMismatch";
    /** The file is not UTF-8; its encoding was guessed (Windows-1252, or Windows-1251 for Cyrillic). */
    public static final String LEGACY_ENCODING = "legacyEncoding";
    /** A message from which no statement could be read (no currency, not MT940/MT942); others were read. */
    public static final String UNREADABLE_MESSAGE = "unreadableMessage";
    /** So many warnings of one code that the rest are counted, not listed. */
    public static final String MORE_WARNINGS = "moreWarnings";

    // --- camt.052/053/054

    // --- CSV
}
