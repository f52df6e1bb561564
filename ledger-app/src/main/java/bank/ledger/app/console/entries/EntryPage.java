package bank.ledger.app.console.entries;

import bank.ledger.app.console.support.Queries;
import bank.ledger.domain.refusal.RefusalCode;
import bank.ledger.query.api.FindJournalEntry;
import bank.ledger.projections.readmodel.JournalEntryRow;
import io.swagger.v3.oas.annotations.Hidden;
import java.util.UUID;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * A journal entry: status, requested and posted lines, the links between an original and its reversal,
 * and, for those who may, the forms that post or void a hold or reverse a posted entry.
 */
@Hidden
@Controller
@Profile("query")
class EntryPage {
    private final Queries queries;

    EntryPage(Queries queries) {
        this.queries = queries;
    }

    @GetMapping("/console/entries/{id}")
    String entry(@PathVariable String id, Model model) {
        JournalEntryRow entry = queries.found(new FindJournalEntry(id), JournalEntryRow.class,
                RefusalCode.ENTRY_NOT_FOUND, "journal entry " + id);
        model.addAttribute("entry", entry);
        model.addAttribute("pending", "PENDING".equals(entry.status()));
        model.addAttribute("reversible", "POSTED".equals(entry.status()) && entry.reversedBy() == null
                && entry.reversalOf() == null);
        // the reversing entry's id, picked now: posting the form twice reverses once
        model.addAttribute("reversalId", UUID.randomUUID().toString());
        return "console/entries/entry";
    }
}
