package bank.ledger.domain.refusal;

/**
 * Stable, client-visible codes for every refusal the ledger's rules can give. The {@link #code()} string
 * is the contract: clients switch on it, so a code is never renamed, only added. Codes of one module's
 * API alone live in that module ({@link RefusalReason}).
 */
public enum RefusalCode implements RefusalReason {
    // malformed input (400)
    INVALID_AMOUNT("invalidAmount", Kind.INVALID),
    TOO_MANY_DECIMALS("tooManyDecimals", Kind.INVALID),
    NON_POSITIVE_AMOUNT("nonPositiveAmount", Kind.INVALID),
    UNSUPPORTED_CURRENCY("unsupportedCurrency", Kind.INVALID),
    TOO_FEW_POSTINGS("tooFewPostings", Kind.INVALID),
    TOO_MANY_POSTINGS("tooManyPostings", Kind.INVALID),
    INVALID_FIELD("invalidField", Kind.INVALID),
    INVALID_TEXT("invalidText", Kind.INVALID),
    INVALID_ID("invalidId", Kind.INVALID),
    DATE_OUT_OF_RANGE("dateOutOfRange", Kind.INVALID),
    // not found (404)
    ACCOUNT_NOT_FOUND("accountNotFound", Kind.NOT_FOUND),
    ENTRY_NOT_FOUND("entryNotFound", Kind.NOT_FOUND),
    // conflicts with the current state or an earlier request (409)
    IDEMPOTENCY_CONFLICT("idempotencyConflict", Kind.CONFLICT),
    ID_ALREADY_USED("idAlreadyUsed", Kind.CONFLICT),
    ACCOUNT_CODE_TAKEN("accountCodeTaken", Kind.CONFLICT),
    ENTRY_ALREADY_POSTED("entryAlreadyPosted", Kind.CONFLICT),
    ENTRY_ALREADY_VOIDED("entryAlreadyVoided", Kind.CONFLICT),
    ENTRY_ALREADY_REVERSED("entryAlreadyReversed", Kind.CONFLICT),
    CONCURRENT_MODIFICATION("concurrentModification", Kind.CONFLICT),
    // business refusals (422)
    UNBALANCED_ENTRY("unbalancedEntry", Kind.BUSINESS),
    CURRENCY_MISMATCH("currencyMismatch", Kind.BUSINESS),
    EXCEEDS_CREDITS("exceedsCredits", Kind.BUSINESS),
    EXCEEDS_DEBITS("exceedsDebits", Kind.BUSINESS),
    ACCOUNT_FROZEN("accountFrozen", Kind.BUSINESS),
    ACCOUNT_CLOSED("accountClosed", Kind.BUSINESS),
    ACCOUNT_NOT_FROZEN("accountNotFrozen", Kind.BUSINESS),
    NON_ZERO_BALANCE("nonZeroBalance", Kind.BUSINESS),
    PENDING_BALANCE_OPEN("pendingBalanceOpen", Kind.BUSINESS),
    ENTRY_NOT_PENDING("entryNotPending", Kind.BUSINESS),
    ENTRY_NOT_POSTED("entryNotPosted", Kind.BUSINESS),
    EXCEEDS_PENDING_AMOUNT("exceedsPendingAmount", Kind.BUSINESS),
    POSTING_NOT_IN_ENTRY("postingNotInEntry", Kind.BUSINESS),
    AMOUNT_OVERFLOW("amountOverflow", Kind.BUSINESS),
    /** Four-eyes: the command needs a second person's approval (the web edge holds it: 202). */
    APPROVAL_REQUIRED("approvalRequired", Kind.BUSINESS),
    // statements and reconciliation (bank-connectors)
    /** A statement file over the size limit, read no further (parse problems no longer refuse a file). */
    STATEMENT_UNREADABLE("statementUnreadable", Kind.INVALID),
    /** Not one statement could be read from the file; the detail gives the reason with line numbers. */
    NO_STATEMENT_FOUND("noStatementFound", Kind.INVALID),
    STATEMENT_NOT_FOUND("statementNotFound", Kind.NOT_FOUND),
    STATEMENT_LINE_NOT_FOUND("statementLineNotFound", Kind.NOT_FOUND),
    BANK_ACCOUNT_NOT_MAPPED("bankAccountNotMapped", Kind.BUSINESS),
    STATEMENT_SUPERSEDED("statementSuperseded", Kind.CONFLICT),
    LINE_ALREADY_MATCHED("lineAlreadyMatched", Kind.CONFLICT),
    LINE_NOT_MATCHED("lineNotMatched", Kind.CONFLICT),
    LEDGER_ITEM_ALREADY_MATCHED("ledgerItemAlreadyMatched", Kind.CONFLICT),
    LEDGER_ITEM_NOT_FOUND("ledgerItemNotFound", Kind.NOT_FOUND),
    LINE_CHANGED("lineChanged", Kind.CONFLICT),
    EXCEEDS_OPEN_AMOUNT("exceedsOpenAmount", Kind.BUSINESS),
    NO_DIFFERENCE_ACCOUNT("noDifferenceAccount", Kind.BUSINESS),
    // accounting periods (issue 18)
    /** The effective date lies in a closed accounting period (field {@code effectiveDate}). */
    PERIOD_CLOSED("periodClosed", Kind.BUSINESS),
    /** A period can be closed from the day after its last day. */
    PERIOD_NOT_ENDED("periodNotEnded", Kind.BUSINESS),
    PERIOD_NOT_CLOSED("periodNotClosed", Kind.CONFLICT),
    /** Year-end closing: the retained-earnings account named is not an EQUITY account (docs/periods.md). */
    RETAINED_EARNINGS_NOT_EQUITY("retainedEarningsNotEquity", Kind.BUSINESS),
    /** Year-end closing: more income and expense accounts than one run may close (ledger.year-end.accounts-max). */
    TOO_MANY_ACCOUNTS("tooManyAccounts", Kind.BUSINESS),
    // many currencies (issue 18, docs/currencies.md)
    INVALID_RATE("invalidRate", Kind.INVALID),
    /** A rate file with bad lines: every bad line is named with its number, and nothing of the file is imported. */
    INVALID_RATE_FILE("invalidRateFile", Kind.INVALID),
    FX_RATE_REQUIRED("fxRateRequired", Kind.BUSINESS),
    FX_LEG_MISMATCH("fxLegMismatch", Kind.BUSINESS),
    FX_ACCOUNT_REQUIRED("fxAccountRequired", Kind.BUSINESS),
    FX_RATE_MISMATCH("fxRateMismatch", Kind.BUSINESS),
    FX_RATE_NOT_FOUND("fxRateNotFound", Kind.BUSINESS),
    // payments out (bank.ledger.domain.payment, bank-connectors payments)
    INVALID_IBAN("invalidIban", Kind.INVALID),
    PAYMENT_NOT_FOUND("paymentNotFound", Kind.NOT_FOUND),
    /** The bank decided on the payment already (accepted, settled or rejected), or it is in another batch. */
    PAYMENT_NOT_PENDING("paymentNotPending", Kind.CONFLICT),
    /** A pain.002 names a message (MsgId) or a payment the ledger never sent. */
    UNKNOWN_PAYMENT_MESSAGE("unknownPaymentMessage", Kind.BUSINESS),
    /** A pain.002 file that is not a readable status report (malformed, DTD, not a pain.002; over the size limit is 413 bodyTooLarge). */
    STATUS_REPORT_UNREADABLE("statusReportUnreadable", Kind.INVALID),
    NO_PAYMENT_TO_BATCH("noPaymentToBatch", Kind.BUSINESS),
    /** A payment's hold ({@code payment~<id>}) moved outside the payment's flow: accept, reject or settle the payment. */
    HELD_BY_PAYMENT("heldByPayment", Kind.CONFLICT),
    // recurring and scheduled operations (issue 18, docs/schedules.md)
    INVALID_RECURRENCE("invalidRecurrence", Kind.INVALID),
    SCHEDULE_NOT_FOUND("scheduleNotFound", Kind.NOT_FOUND),
    SCHEDULE_CANCELLED("scheduleCancelled", Kind.CONFLICT),
    SCHEDULE_PAUSED("schedulePaused", Kind.CONFLICT),
    /** A run names an occurrence after the next one: occurrences are recorded in order. */
    SCHEDULE_RUN_OUT_OF_ORDER("scheduleRunOutOfOrder", Kind.CONFLICT),
    /** Another node (or request) is running this schedule now: try again when it is done. */
    SCHEDULE_RUN_IN_PROGRESS("scheduleRunInProgress", Kind.CONFLICT);

    /** How a refusal maps onto the protocol: the web edge turns each kind into one HTTP status. */
    public enum Kind { INVALID, NOT_FOUND, CONFLICT, BUSINESS }

    private final String code;
    private final Kind kind;

    RefusalCode(String code, Kind kind) {
        this.code = code;
        this.kind = kind;
    }

    @Override
    public String code() {
        return code;
    }

    @Override
    public Kind kind() {
        return kind;
    }
}
