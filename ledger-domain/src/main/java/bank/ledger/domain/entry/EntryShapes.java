package bank.ledger.domain.entry;

import bank.ledger.domain.entry.api.PostJournalEntry;
import bank.ledger.domain.entry.api.PostPendingEntry;
import bank.ledger.domain.entry.api.ReverseJournalEntry;
import bank.ledger.domain.entry.api.VoidPendingEntry;
import bank.ledger.domain.refusal.Fields;
import bank.ledger.domain.refusal.LedgerCalendar;
import bank.ledger.domain.refusal.TextRules;

/**
 * The checks of a journal-entry command that need no stored state (ids, text, dates, amounts' shape).
 * The command handler runs them first, before anything is reserved or written; the edge runs the same
 * ones before a command is sent, so a malformed request never reaches the command bus.
 */
public final class EntryShapes {
    private EntryShapes() {
    }

    public static void check(PostJournalEntry command) {
        EntryRules.validateShape(command);
    }

    public static void check(PostPendingEntry command) {
        TextRules.requireId(command.entryId(), "entryId");
        LedgerCalendar.requireInCalendar(command.effectiveDate(), "effectiveDate");
        for (int i = 0; i < command.postings().size(); i++) {
            EntryRules.validateLine(command.postings().get(i), "postings[" + i + "]");
        }
    }

    public static void check(VoidPendingEntry command) {
        TextRules.requireId(command.entryId(), "entryId");
        Fields.optionalFreeText(command.reason(), "reason", EntryRules.DESCRIPTION_LENGTH_MAX);
    }

    public static void check(ReverseJournalEntry command) {
        TextRules.requireId(command.entryId(), "entryId");
        TextRules.requireId(command.reversalEntryId(), "id");
        LedgerCalendar.requireInCalendar(command.effectiveDate(), "effectiveDate");
        Fields.optionalFreeText(command.description(), "description", EntryRules.DESCRIPTION_LENGTH_MAX);
        Fields.validateMetadata(command.metadata(), "metadata");
    }
}
