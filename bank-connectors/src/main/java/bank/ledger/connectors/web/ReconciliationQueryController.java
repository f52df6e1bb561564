package bank.ledger.connectors.web;

import bank.ledger.connectors.read.BankStatementLinePages;
import bank.ledger.connectors.read.BankStatementProof;
import bank.ledger.connectors.read.BankStatementView;
import bank.ledger.connectors.read.ReconciliationAccountView;
import bank.ledger.connectors.read.ReconciliationQueries;

import bank.ledger.domain.refusal.Fields;
import bank.ledger.domain.refusal.TextRules;
import java.time.Clock;
import org.springframework.context.annotation.Profile;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Reconciliation queries: per statement (with import progress), per account, open items, proof. */
@RestController
@Profile("query")
@RequestMapping("/api/v1/reconciliation")
public class ReconciliationQueryController {
    static final int PAGE_SIZE_MAX = 500;
    private final ReconciliationQueries queries;

    public ReconciliationQueryController(JdbcTemplate jdbc) {
        this.queries = new ReconciliationQueries(jdbc, Clock.systemUTC());
    }

    @GetMapping("/statements/{key}")
    BankStatementView statement(@PathVariable String key) {
        Fields.requireText(key, "statementKey", 80);
        return queries.statement(key);
    }

    @GetMapping("/statements/{key}/lines")
    BankStatementLinePages.BankStatementLinesPage lines(@PathVariable String key, @RequestParam(required = false) Integer after,
                                                @Deprecated @RequestParam(required = false) Integer afterLine,
                                                @RequestParam(defaultValue = "100") int pageSize) {
        // afterLine is the old name of after, kept one version (answered with a Deprecation header)
        int cursor = after != null ? after : afterLine != null ? afterLine : 0;
        return queries.lines(key, cursor, pageSize(pageSize));
    }

    @GetMapping("/statements/{key}/proof")
    BankStatementProof proof(@PathVariable String key) {
        return queries.proof(key);
    }

    @GetMapping("/accounts/{ledgerAccountId}")
    ReconciliationAccountView account(@PathVariable String ledgerAccountId) {
        TextRules.requireId(ledgerAccountId, "ledgerAccountId");
        return queries.account(ledgerAccountId);
    }

    @GetMapping("/open-items")
    BankStatementLinePages.OpenItemsPage openItems(@RequestParam String ledgerAccountId,
                                               @RequestParam(required = false) String after,
                                               @RequestParam(defaultValue = "100") int pageSize) {
        TextRules.requireId(ledgerAccountId, "ledgerAccountId");
        return queries.openItems(ledgerAccountId, after, pageSize(pageSize));
    }

    private static int pageSize(int pageSize) {
        if (pageSize < 1 || pageSize > PAGE_SIZE_MAX) {
            throw Fields.invalid("pageSize", "pageSize is 1.." + PAGE_SIZE_MAX);
        }
        return pageSize;
    }
}
