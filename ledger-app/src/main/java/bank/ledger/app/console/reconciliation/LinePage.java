package bank.ledger.app.console.reconciliation;

import bank.ledger.app.console.support.ReportAt;
import bank.ledger.command.dispatch.CommandOrigin;
import bank.ledger.connectors.matching.ManualReconciliation;
import bank.ledger.connectors.matching.OpenLine;
import bank.ledger.connectors.matching.ReconciliationStore;
import bank.ledger.connectors.matching.RuleBook;
import bank.ledger.connectors.read.ReconciliationQueries;
import bank.ledger.domain.refusal.Fields;
import bank.ledger.domain.refusal.LedgerRefusal;
import bank.ledger.domain.refusal.RefusalCode;
import io.swagger.v3.oas.annotations.Hidden;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.context.annotation.Profile;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import tools.jackson.databind.json.JsonMapper;

/**
 * One statement line: what the bank says, its status with rule and score, the postings suggested for it
 * when it is open, and a person's decisions: match it to parts of postings (several postings, each
 * whole or a part of it: a split), with any rest posted to a difference account, always with a reason;
 * or unmatch it. The same {@link ManualReconciliation} as the API's {@code /match} (its {@code items[]}
 * with {@code postingIndex} and {@code amount}) and {@code /unmatch}, channel {@code console}.
 */
@Hidden
@Controller
@Profile("connectors")
class LinePage {
    static final String PATH = "/console/reconciliation/statements/{key}/lines/{lineNo}";
    private final ReconciliationQueries queries;
    private final ReconciliationStore store;
    private final LineSuggestions suggestions;
    private final ManualReconciliation decisions;
    private final JsonMapper json;

    LinePage(JdbcTemplate jdbc, ReconciliationStore store, RuleBook rules, ManualReconciliation decisions,
             JsonMapper json) {
        this.queries = new ReconciliationQueries(jdbc, Clock.systemUTC());
        this.store = store;
        this.suggestions = new LineSuggestions(store, rules);
        this.decisions = decisions;
        this.json = json;
    }

    @GetMapping(PATH)
    String line(@PathVariable String key, @PathVariable int lineNo, Model model) {
        Fields.requireText(key, "statementKey", 80);
        var lines = queries.lines(key, Math.max(0, lineNo - 1), 1).items();
        if (lines.isEmpty() || lines.get(0).lineNo() != lineNo) {
            throw LedgerRefusal.of(RefusalCode.STATEMENT_LINE_NOT_FOUND, "lineNo", "no line " + lineNo + " in " + key);
        }
        var view = lines.get(0);
        OpenLine open = store.line(key, lineNo);
        boolean undecided = open != null && ("OPEN".equals(view.status()) || "SUSPENDED".equals(view.status()));
        model.addAttribute("line", json.convertValue(view, Map.class));
        model.addAttribute("undecided", undecided);
        model.addAttribute("suggestions", undecided ? suggestions.of(open) : List.of());
        model.addAttribute("rows", PART_ROWS);
        return "console/reconciliation/line";
    }

    /** Rows of the split form: up to this many postings from the console (the API takes up to 100). */
    static final int PART_ROWS = 4;

    @PostMapping(PATH + "/match")
    String match(@PathVariable String key, @PathVariable int lineNo, @RequestParam(required = false) String reason,
                 @RequestParam(required = false) String differenceAccountId, HttpServletRequest request,
                 RedirectAttributes redirect) {
        return LineDecisions.decide(redirect, () -> decisions.match(key, lineNo, items(request), reason,
                ReportAt.blankToNull(differenceAccountId), CommandOrigin.from(request)), "redirect:" + PATH);
    }

    @PostMapping(PATH + "/unmatch")
    String unmatch(@PathVariable String key, @PathVariable int lineNo, @RequestParam(required = false) String reason,
                   HttpServletRequest request, RedirectAttributes redirect) {
        return LineDecisions.decide(redirect, () -> decisions.unmatch(key, lineNo, reason, CommandOrigin.from(request)),
                "redirect:" + PATH);
    }

    /**
     * The form's rows (entry id, posting index, amount), read as the browser sent them, each value on
     * its own (a bound list would split one value at its commas); rows without an entry id are empty.
     */
    static List<ManualReconciliation.ItemRef> items(HttpServletRequest request) {
        String[] entries = values(request, "entryId");
        String[] indexes = values(request, "postingIndex");
        String[] amounts = values(request, "amount");
        List<ManualReconciliation.ItemRef> items = new ArrayList<>();
        for (int i = 0; i < entries.length && items.size() <= ManualReconciliation.ITEMS_MAX; i++) {
            String entry = ReportAt.blankToNull(entries[i]);
            if (entry == null) {
                continue;
            }
            String field = "items[" + items.size() + "]";
            items.add(new ManualReconciliation.ItemRef(entry, index(at(indexes, i), field + ".postingIndex"),
                    ReportAt.blankToNull(at(amounts, i))));
        }
        return items;
    }

    private static String[] values(HttpServletRequest request, String name) {
        String[] values = request.getParameterValues(name);
        return values == null ? new String[0] : values;
    }

    private static String at(String[] values, int i) {
        return i < values.length ? values[i] : null;
    }

    private static Integer index(String text, String field) {
        String index = ReportAt.blankToNull(text);
        if (index == null) {
            return null;
        }
        if (index.length() > 4 || !index.chars().allMatch(Character::isDigit)) {
            throw Fields.invalid(field, field + " is a posting's index (0, 1, ...)");
        }
        return Integer.valueOf(index);
    }
}
