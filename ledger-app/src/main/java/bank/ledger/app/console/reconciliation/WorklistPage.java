package bank.ledger.app.console.reconciliation;

import bank.ledger.app.console.support.ReportAt;
import bank.ledger.connectors.read.ReconciliationQueries;
import io.swagger.v3.oas.annotations.Hidden;
import java.time.Clock;
import java.util.Map;
import org.springframework.context.annotation.Profile;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import tools.jackson.databind.json.JsonMapper;

/**
 * The reconciliation worklist: a statement's import progress, its proof (bank closing
 * against ledger balance, the unexplained difference) and its lines with rule and score; an account's
 * open and suspended lines, oldest first. The same queries as {@code /api/v1/reconciliation}.
 */
@Hidden
@Controller
@Profile("query")
class WorklistPage {
    static final int PAGE_SIZE = 50;
    private final ReconciliationQueries queries;
    private final JsonMapper json;

    WorklistPage(JdbcTemplate jdbc, JsonMapper json) {
        this.queries = new ReconciliationQueries(jdbc, Clock.systemUTC());
        this.json = json;
    }

    @GetMapping("/console/reconciliation")
    String find(@RequestParam(required = false) String statementKey, @RequestParam(required = false) String accountId) {
        if (statementKey != null && !statementKey.isBlank()) {
            return "redirect:/console/reconciliation/statements/" + statementKey.strip();
        }
        if (accountId != null && !accountId.isBlank()) {
            return "redirect:/console/reconciliation/accounts/" + accountId.strip();
        }
        return "console/reconciliation/find";
    }

    @GetMapping("/console/reconciliation/statements/{key}")
    String statement(@PathVariable String key, @RequestParam(defaultValue = "0") int after, Model model) {
        model.addAttribute("statement", asJson(queries.statement(key)));
        model.addAttribute("proof", asJson(queries.proof(key)));
        model.addAttribute("page", asJson(queries.lines(key, Math.max(0, after), PAGE_SIZE)));
        return "console/reconciliation/statement";
    }

    @GetMapping("/console/reconciliation/accounts/{id}")
    String account(@PathVariable String id, @RequestParam(required = false) String after, Model model) {
        model.addAttribute("summary", asJson(queries.account(id)));
        model.addAttribute("page", asJson(queries.openItems(id, ReportAt.blankToNull(after), PAGE_SIZE)));
        return "console/reconciliation/account";
    }

    /** A view as the API answers it (its JSON names, e.g. {@code import}): the pages read it by those names. */
    private Map<?, ?> asJson(Object view) {
        return json.convertValue(view, Map.class);
    }
}
