package bank.ledger.query.entry;

import bank.ledger.domain.money.MoneyFormat;
import bank.ledger.domain.refusal.LedgerRefusal;
import bank.ledger.domain.refusal.RefusalCode;
import bank.ledger.query.api.FindJournalEntry;
import bank.ledger.query.api.JournalEntryView;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
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
    public Response find(@PathVariable String id) {
        JournalEntryView view = queries.query(new FindJournalEntry(id),
                        ResponseTypes.optionalInstanceOf(JournalEntryView.class)).join()
                .orElseThrow(() -> LedgerRefusal.of(RefusalCode.ENTRY_NOT_FOUND, "id", "no journal entry " + id));
        return Response.of(view);
    }

    /** The same shape as the command side's answer, read from the read model. */
    public record Response(String id, String status, LocalDate effectiveDate, String description, List<Line> postings,
                           List<Line> postedPostings, Map<String, String> metadata, String reversalOf,
                           String reversedBy, Instant recordedAt) {
        public static Response of(JournalEntryView view) {
            return new Response(view.entryId(), view.status(), view.effectiveDate(), view.description(),
                    Line.of(view.postings()), Line.of(view.postedPostings()), view.metadata(), view.reversalOf(),
                    view.reversedBy(), view.recordedAt());
        }
    }

    public record Line(String accountId, String side, String amount, String currency) {
        static List<Line> of(List<JournalEntryView.Line> lines) {
            return lines.stream().map(l -> new Line(l.accountId(), l.side(),
                    MoneyFormat.format(l.amountMinor(), l.currency()), l.currency())).toList();
        }
    }
}
