package bank.ledger.connectors.formats.model;

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
    /** The camt namespace version is newer than any this reader knows (001.14 on); read by element names. */
    public static final String UNKNOWN_VERSION = "unknownVersion";
    /** The camt Document has no namespace or one that is not ISO 20022's; the message type comes from its element. */
    public static final String UNKNOWN_NAMESPACE = "unknownNamespace";
    /** The XML breaks off or breaks down (or passes a bound) at the line; statements complete before it are read. */
    public static final String MALFORMED_XML = "malformedXml";
    /** The bytes are not in the encoding the prolog declares; the file was decoded again (UTF-8, else Windows-1252). */
    public static final String ENCODING_MISMATCH = "encodingMismatch";
    /** Text before the XML prolog or after the document, skipped. */
    public static final String TEXT_OUTSIDE_XML = "textOutsideXml";
    /** Several XML documents appended in one file (a second prolog); each is read on its own. */
    public static final String SEVERAL_XML_DOCUMENTS = "severalXmlDocuments";
    /** Another ISO 20022 message (pain.001, camt.029...) in the same file, not read. */
    public static final String OTHER_MESSAGE_SKIPPED = "otherMessageSkipped";
    /** An element's text is longer than the reader keeps (10,000 characters); the rest is cut. */
    public static final String TEXT_CUT = "textCut";
    /** More statements, entries or XML elements (or deeper nesting) than the bounds allow; what follows is not read. */
    public static final String LIMIT_REACHED = "limitReached";
    /** The statement element is not closed (the file breaks off inside it): balances or entries may be missing. */
    public static final String INCOMPLETE_STATEMENT = "incompleteStatement";
    /** A Stmt/Rpt/Ntfctn without account, balance or entry, not read as a statement. */
    public static final String STATEMENT_SKIPPED = "statementSkipped";
    /** The statement has no Acct/Ccy (or no valid one); the currency of its balances or entries is taken. */
    public static final String ACCOUNT_CURRENCY_INFERRED = "accountCurrencyInferred";
    /** The statement names no account. */
    public static final String ACCOUNT_MISSING = "accountMissing";
    /** An amount without its Ccy attribute, read in the account's currency. */
    public static final String AMOUNT_CURRENCY_MISSING = "amountCurrencyMissing";
    /** A foreign-currency entry without a counter-value in the account's currency: accountAmount is 0. */
    public static final String NO_ACCOUNT_AMOUNT = "noAccountAmount";
    /** A negative amount (camt amounts are unsigned): read as its absolute value in the other direction. */
    public static final String NEGATIVE_AMOUNT = "negativeAmount";
    /** An amount written with a decimal comma, read as a decimal point. */
    public static final String DECIMAL_COMMA = "decimalComma";
    /** An entry without a readable amount or direction, not read (raw text in the message). */
    public static final String ENTRY_SKIPPED = "entrySkipped";
    /** The opening or closing balance is another booked balance than OPBD/CLBD (PRCD, ITBD, a sub-type). */
    public static final String BALANCE_SUBSTITUTED = "balanceSubstituted";
    /** No booked balance: an available balance (OPAV, CLAV, ITAV) stands as opening or closing. */
    public static final String AVAILABLE_BALANCE_USED = "availableBalanceUsed";
    /** A balance whose type this reader does not know (a proprietary code), not used. */
    public static final String UNKNOWN_BALANCE_TYPE = "unknownBalanceType";
    /** A balance that could not be read (amount, direction, currency or date), not used. */
    public static final String BALANCE_SKIPPED = "balanceSkipped";
    /** Two balances of the type used as opening or closing, with different amounts; the first (opening) or last (closing) is used. */
    public static final String AMBIGUOUS_BALANCE = "ambiguousBalance";
    /** An entry status missing (read as booked) or not BOOK/PDNG/INFO/FUTR (read as not booked). */
    public static final String UNKNOWN_STATUS = "unknownStatus";
    /** A batch entry whose transactions do not add up to it, or whose stated count differs. */
    public static final String BATCH_MISMATCH = "batchMismatch";
    /** A value that could not be read (sequence number, count, reversal indicator) and was left out. */
    public static final String UNREADABLE_VALUE = "unreadableValue";
    /**
     * Not the file's oddity but the ledger's (ingestion): a debit line names a payment the ledger sent (its
     * end-to-end id) with another amount or currency; the payment is not settled and a person matches the line.
     */
    public static final String PAYMENT_AMOUNT_MISMATCH = "paymentAmountMismatch";

    // --- CSV
    /** A line before the header (or after the rows) that the profile does not read; skipped, quoted. */
    public static final String CSV_PREAMBLE_SKIPPED = "preambleSkipped";
    /** A row that gives no entry (no date, no amount, too few fields); skipped, quoted with the reason. */
    public static final String CSV_UNREADABLE_ROW = "unreadableRow";
    /** An amount whose separators contradict the profile's decimal mark; read by its shape. */
    public static final String CSV_DECIMAL_MARK_GUESSED = "decimalMarkGuessed";
    /** Both the debit and the credit column hold an amount; the entry is their difference. */
    public static final String CSV_DEBIT_AND_CREDIT = "debitAndCredit";
    /** A quoted field never closed; the rest of the file is that field's text. */
    public static final String CSV_UNCLOSED_QUOTE = "unclosedQuote";
    /** The running balance column does not follow from the amounts; balances taken from first and last row. */
    public static final String CSV_RUNNING_BALANCE_MISMATCH = "runningBalanceMismatch";
}
