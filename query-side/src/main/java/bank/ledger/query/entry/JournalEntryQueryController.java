package bank.ledger.query.entry;

import bank.ledger.domain.refusal.LedgerRefusal;
import bank.ledger.domain.refusal.RefusalCode;
import bank.ledger.query.api.FindJournalEntry;
import bank.ledger.projections.readmodel.JournalEntryRow;
import bank.ledger.query.representation.JournalEntryResponse;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.context.annotation.Profile;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Profile("query")
@RequestMapping("/api/v1/journal-entries")
public class JournalEntryQueryController {
    private final QueryGateway queries;

    public JournalEntryQueryController(QueryGateway queries) {
        this.queries = queries;
    }

    @GetMapping("/{id}")
    public JournalEntryResponse find(@PathVariable String id) {
        JournalEntryRow view = queries.query(new FindJournalEntry(id),
                        ResponseTypes.optionalInstanceOf(JournalEntryRow.class)).join()
                .orElseThrow(() -> LedgerRefusal.of(RefusalCode.ENTRY_NOT_FOUND, "id", "no journal entry " + id));
        return JournalEntryResponse.of(view);
    }
}
