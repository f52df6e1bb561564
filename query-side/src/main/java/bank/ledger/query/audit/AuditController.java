package bank.ledger.query.audit;

import bank.ledger.domain.refusal.LedgerRefusal;
import bank.ledger.domain.refusal.RefusalCode;
import bank.ledger.query.api.AccountVerification;
import bank.ledger.query.api.EventHistoryView;
import bank.ledger.query.api.FindAccountDiscrepancies;
import bank.ledger.query.api.FindEventHistory;
import bank.ledger.query.QueryParams;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.context.annotation.Profile;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** For auditors: full event histories with who/when/channel/correlation id, and verification of read models. */
@RestController
@Profile("query")
@RequestMapping("/api/v1/audit")
public class AuditController {
    private final QueryGateway queries;

    public AuditController(QueryGateway queries) {
        this.queries = queries;
    }

    @GetMapping("/accounts/{id}/events")
    public EventHistoryView accountEvents(@PathVariable String id, @RequestParam(defaultValue = "-1") long after,
            @RequestParam(defaultValue = "" + FindEventHistory.PAGE_SIZE_DEFAULT) int pageSize) {
        return history("Account", id, after, pageSize, RefusalCode.ACCOUNT_NOT_FOUND);
    }

    @GetMapping("/journal-entries/{id}/events")
    public EventHistoryView entryEvents(@PathVariable String id, @RequestParam(defaultValue = "-1") long after,
            @RequestParam(defaultValue = "" + FindEventHistory.PAGE_SIZE_DEFAULT) int pageSize) {
        return history("JournalEntry", id, after, pageSize, RefusalCode.ENTRY_NOT_FOUND);
    }

    /** Replays the account's events and lists every read model field that differs; read-only. */
    @GetMapping("/accounts/{id}/verification")
    public Verification verify(@PathVariable String id) {
        AccountVerification v = queries.query(new FindAccountDiscrepancies(id),
                ResponseTypes.optionalInstanceOf(AccountVerification.class)).join()
                .orElseThrow(() -> LedgerRefusal.of(RefusalCode.ACCOUNT_NOT_FOUND, "id", "no account " + id));
        return new Verification(v.accountId(), v.consistent(), v.eventsReplayed(), v.lastSequence(), v.checked(),
                v.differences());
    }

    private EventHistoryView history(String type, String id, long after, int pageSize, RefusalCode notFound) {
        QueryParams.pageSize(pageSize, FindEventHistory.PAGE_SIZE_MAX);
        if (after < -1) {
            throw LedgerRefusal.of(RefusalCode.INVALID_FIELD, "after", "after is a sequence number, -1 or more");
        }
        return queries.query(new FindEventHistory(type, id, after, pageSize),
                ResponseTypes.optionalInstanceOf(EventHistoryView.class)).join()
                .orElseThrow(() -> LedgerRefusal.of(notFound, "id", "no " + type + " " + id));
    }

    /** The verification as JSON; amounts in differences are decimal strings of the account's currency. */
    public record Verification(String accountId, boolean consistent, long eventsReplayed, long lastSequence,
                               java.util.List<String> checked, java.util.List<AccountVerification.Difference> differences) {
    }
}
