package bank.ledger.app.console.reconciliation;

import bank.ledger.app.console.support.ReportAt;
import bank.ledger.connectors.read.ReconciliationQueries;
import bank.ledger.domain.refusal.LedgerRefusal;
import io.swagger.v3.oas.annotations.Hidden;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.util.Map;
import org.springframework.context.annotation.Profile;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import tools.jackson.databind.json.JsonMapper;

/**
 * The reconciliation worklist: the delivered statements, newest first; a statement's import progress
 * (followed live while it runs), its proof (bank closing against ledger balance, the unexplained
 * difference) and its lines with rule and score; an account's open and suspended lines with their age,
 * oldest first. The same queries as {@code /api/v1/reconciliation}.
 */
@Hidden
@Controller
@Profile("query")
class WorklistPage {
    static final int PAGE_SIZE = 50;
    private final ReconciliationQueries queries;
    private final StatementList statements;
    private final JsonMapper json;

    WorklistPage(JdbcTemplate jdbc, JsonMapper json) {
        this.queries = new ReconciliationQueries(jdbc, Clock.systemUTC());
        this.statements = new StatementList(jdbc);
        this.json = json;
    }

    @GetMapping("/console/reconciliation")
    String find(@RequestParam(required = false) String statementKey, @RequestParam(required = false) String accountId,
                @RequestParam(required = false) String after, Model model) {
        if (statementKey != null && !statementKey.isBlank()) {
            return "redirect:/console/reconciliation/statements/" + statementKey.strip();
        }
        if (accountId != null && !accountId.isBlank()) {
            return "redirect:/console/reconciliation/accounts/" + accountId.strip();
        }
        model.addAttribute("statements", statements.page(ReportAt.blankToNull(after), PAGE_SIZE));
        return "console/reconciliation/find";
    }

    @GetMapping("/console/reconciliation/statements/{key}")
    String statement(@PathVariable String key, @RequestParam(defaultValue = "0") int after, Model model) {
        live(key, model);
        model.addAttribute("page", asJson(queries.lines(key, Math.max(0, after), PAGE_SIZE)));
        return "console/reconciliation/statement";
    }

    /**
     * The live part of a statement's page, polled by htmx while the import runs. Once every line is
     * recorded and read, htmx reloads the whole page ({@code HX-Refresh}) so the lines show.
     */
    @GetMapping("/console/reconciliation/statements/{key}/progress")
    String progress(@PathVariable String key, @RequestHeader(name = "HX-Request", required = false) String htmx,
                    Model model, HttpServletResponse response) {
        if (live(key, model) && htmx != null) {
            response.setHeader("HX-Refresh", "true");
        }
        return "console/reconciliation/statement :: live";
    }

    @GetMapping("/console/reconciliation/accounts/{id}")
    String account(@PathVariable String id, @RequestParam(required = false) String after, Model model) {
        model.addAttribute("summary", asJson(queries.account(id)));
        model.addAttribute("page", asJson(queries.openItems(id, ReportAt.blankToNull(after), PAGE_SIZE)));
        return "console/reconciliation/account";
    }

    /** The statement, its proof once the read model has it (null before), and whether the import settled. */
    private boolean live(String key, Model model) {
        Map<?, ?> statement = asJson(queries.statement(key));
        Map<?, ?> proof = null;
        if (statement.get("messageType") != null) {
            try {
                proof = asJson(queries.proof(key));
            } catch (LedgerRefusal notYet) {
                proof = null; // projected a moment after the statement's view was read
            }
        }
        boolean settled = proof != null && settled(statement);
        model.addAttribute("statement", statement);
        model.addAttribute("proof", proof);
        model.addAttribute("settled", settled);
        return settled;
    }

    /** The import ended (complete or failed) and the read model has every line it recorded. */
    private static boolean settled(Map<?, ?> statement) {
        Map<?, ?> progress = (Map<?, ?>) statement.get("import");
        if (progress == null) {
            return true;
        }
        if ("FAILED".equals(progress.get("status"))) {
            return true;
        }
        if (!"COMPLETE".equals(progress.get("status"))) {
            return false;
        }
        long read = 0;
        if (statement.get("lines") instanceof Map<?, ?> counts) {
            for (Object total : counts.values()) {
                read += ((Number) ((Map<?, ?>) total).get("count")).longValue();
            }
        }
        return read >= ((Number) progress.get("lineCount")).longValue();
    }

    /** A view as the API answers it (its JSON names, e.g. {@code import}): the pages read it by those names. */
    private Map<?, ?> asJson(Object view) {
        return json.convertValue(view, Map.class);
    }
}
