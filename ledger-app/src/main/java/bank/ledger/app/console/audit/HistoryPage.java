package bank.ledger.app.console.audit;

import bank.ledger.app.console.support.Queries;
import bank.ledger.domain.refusal.LedgerRefusal;
import bank.ledger.domain.refusal.RefusalCode;
import bank.ledger.projections.chain.ChainHead;
import bank.ledger.projections.chain.ChainVerifier;
import bank.ledger.query.api.AccountVerification;
import bank.ledger.query.api.EventHistoryView;
import bank.ledger.query.api.FindAccountDiscrepancies;
import bank.ledger.query.api.FindEventHistory;
import io.swagger.v3.oas.annotations.Hidden;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * For auditors, read-only: an account's or an entry's stored events with who, in which role, through
 * which channel, under which correlation id and when; the account replayed against its read models; and
 * the event log's hash chain, verified from its start one bounded stretch at a time.
 */
@Hidden
@Controller
@Profile("query")
class HistoryPage {
    static final int PAGE_SIZE = 50;
    private final Queries queries;
    private final ChainHead chainHead;
    private final ChainVerifier chainVerifier;

    HistoryPage(Queries queries, ChainHead chainHead, ChainVerifier chainVerifier) {
        this.queries = queries;
        this.chainHead = chainHead;
        this.chainVerifier = chainVerifier;
    }

    @GetMapping("/console/audit/accounts/{id}")
    String account(@PathVariable String id, @RequestParam(defaultValue = "-1") long after, Model model) {
        model.addAttribute("history", history("Account", id, after, RefusalCode.ACCOUNT_NOT_FOUND));
        model.addAttribute("verification", queries.found(new FindAccountDiscrepancies(id), AccountVerification.class,
                RefusalCode.ACCOUNT_NOT_FOUND, "account " + id));
        return "console/audit/history";
    }

    @GetMapping("/console/audit/entries/{id}")
    String entry(@PathVariable String id, @RequestParam(defaultValue = "-1") long after, Model model) {
        model.addAttribute("history", history("JournalEntry", id, after, RefusalCode.ENTRY_NOT_FOUND));
        return "console/audit/history";
    }

    @GetMapping("/console/audit/chain")
    String chain(@RequestParam(defaultValue = "1") long fromPosition, Model model) {
        model.addAttribute("head", chainHead.status());
        model.addAttribute("verification", chainVerifier.verify(Math.max(1, fromPosition), ChainVerifier.LIMIT_DEFAULT));
        return "console/audit/chain";
    }

    private EventHistoryView history(String type, String id, long after, RefusalCode notFound) {
        if (after < -1) {
            throw LedgerRefusal.of(RefusalCode.INVALID_FIELD, "after", "after is a sequence number, -1 or more");
        }
        return queries.found(new FindEventHistory(type, id, after, PAGE_SIZE), EventHistoryView.class, notFound,
                type + " " + id);
    }
}
