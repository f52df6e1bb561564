package bank.ledger.query.line;

import bank.ledger.projections.readmodel.AccountLineTable;
import bank.ledger.projections.readmodel.JournalEntryTable;

/**
 * Account lines (alias {@code l}) with their entry's description and metadata (alias {@code e}): the join
 * the general ledger and the account statement page through. Names come from the read models' contract.
 */
public final class LinesWithEntries {
    /** {@code rm_account_line l left join rm_journal_entry e} on the entry id. */
    public static final String JOIN = AccountLineTable.TABLE + " l left join " + JournalEntryTable.TABLE + " e on e."
            + JournalEntryTable.ENTRY_ID + " = l." + AccountLineTable.ENTRY_ID;
    /** What a listed line shows. */
    public static final String COLUMNS = String.join(", ", "l." + AccountLineTable.ACCOUNT_ID,
            "l." + AccountLineTable.SEQUENCE, "l." + AccountLineTable.ENTRY_ID, "l." + AccountLineTable.CURRENCY,
            "l." + AccountLineTable.EFFECTIVE_DATE, "l." + AccountLineTable.RECORDED_AT,
            "e." + JournalEntryTable.DESCRIPTION, "e." + JournalEntryTable.METADATA,
            "l." + AccountLineTable.CHANGE_DEBITS_POSTED, "l." + AccountLineTable.CHANGE_CREDITS_POSTED,
            "l." + AccountLineTable.ACTOR, "l." + AccountLineTable.CHANNEL, "l." + AccountLineTable.CORRELATION_ID);
    /** A line that moved posted amounts (holds alone are not ledger or statement lines). */
    public static final String POSTED = "(l." + AccountLineTable.CHANGE_DEBITS_POSTED + " <> 0 or l."
            + AccountLineTable.CHANGE_CREDITS_POSTED + " <> 0)";

    private LinesWithEntries() {
    }
}
